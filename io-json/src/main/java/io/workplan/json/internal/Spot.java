package io.workplan.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.function.Supplier;

/** Where a value starts: its JSON pointer, line and column. The pointer may be made when first asked for. */
final class Spot {
    private Supplier<String> pointerSource;
    private String pointer;
    final int line;
    final int column;

    Spot(String pointer, int line, int column) {
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    Spot(Supplier<String> pointer, int line, int column) {
        this.pointerSource = pointer;
        this.line = line;
        this.column = column;
    }

    Spot(String pointer, JsonLocation location) {
        this(pointer, line(location), column(location));
    }

    Spot(Supplier<String> pointer, JsonLocation location) {
        this(pointer, line(location), column(location));
    }

    /** A place under this one: its pointer is this one's and the relative path, its line and column another's. */
    Spot below(String relative, Spot start) {
        return new Spot(() -> pointer() + "/" + relative, start.line, start.column);
    }

    String pointer() {
        if (pointer == null) {
            pointer = pointerSource.get();
            pointerSource = null;
        }
        return pointer;
    }

    private static int line(JsonLocation location) {
        return location == null ? -1 : location.getLineNr();
    }

    private static int column(JsonLocation location) {
        return location == null ? -1 : location.getColumnNr();
    }
}
