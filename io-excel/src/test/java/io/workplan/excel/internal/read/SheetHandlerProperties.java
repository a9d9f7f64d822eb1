package io.workplan.excel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

/** The streaming reader's own reading of a cell's A1 reference agrees with POI's. */
class SheetHandlerProperties {

    @Property(tries = 500)
    void aColumnReadsAsPoiReadsIt(@ForAll @IntRange(min = 0, max = 16383) int column,
            @ForAll @IntRange(min = 0, max = 1048575) int row, @ForAll boolean absolute) {
        String ref = new CellReference(row, column, absolute, absolute).formatAsString();
        assertThat(SheetHandler.columnOf(ref)).isEqualTo(new CellReference(ref).getCol()).isEqualTo(column);
    }

    @Test
    void aReferenceWithoutColumnOrRowIsRefused() {
        for (String bad : new String[] {"", "7", "E", "$E$", "E7x", "é7"}) {
            assertThatThrownBy(() -> SheetHandler.columnOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aColumnPastXfdIsReadAsOneOutsideTheSheetForTheCallerToRefuse() {
        assertThat(SheetHandler.columnOf("XFE1")).isEqualTo(16384);
        assertThat(SheetHandler.columnOf("ABCD1")).isGreaterThan(16383);
        assertThat(SheetHandler.columnOf("ZZZZZZZZZZZZZZZZ5")).isEqualTo(Integer.MAX_VALUE - 1);
    }
}
