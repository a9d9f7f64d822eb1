package io.workplan.files;

import io.workplan.core.internal.Checks;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableSourceOptions;
import io.workplan.sheet.internal.TableReadChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link ReportFiles} reads a file, whatever its format: the table reader's options (strict or
 * lenient, title, period, header words, which table), a workbook's sheet by name and its reading
 * mode, and the name the file is known by in messages.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FileReadOptions implements TableSourceOptions {

    FileReadOptions() {}

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: strict, the first table with a header, workbooks streamed.
     *
     * @return the defaults
     */
    public static FileReadOptions defaults() {
        return builder().build();
    }

    /**
     * The sheet of a workbook to read, by name (a workbook's tables are its sheets; {@link
     * TableReadOptions#table()} chooses one by index, for every format).
     *
     * @return the sheet's name
     */
    public abstract Optional<String> sheetName();

    /**
     * Whether an .xlsx is read row by row in bounded memory (the same report as in memory).
     *
     * @return whether to stream; {@code true} by default
     */
    @Value.Default
    public boolean streaming() {
        return true;
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(sheetName().isEmpty() || table().table().isEmpty(), "sheetName",
                () -> "choose the sheet by its name or the table by its index, not both (" + sheetName().get() + ", "
                        + table().table().getAsInt() + ")");
        TableReadChecks.sourceName(sourceName(), checks);
        checks.throwIfAny("FileReadOptions");
    }

    /**
     * Builds {@link FileReadOptions}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableFileReadOptions.Builder {
        Builder() {}
    }
}
