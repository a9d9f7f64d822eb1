package io.workplan.excel.internal;

import io.workplan.excel.internal.read.ReadFailures;
import io.workplan.sheet.internal.RowAssembler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing ({@code ExcelReaderFuzzTest#xlsFile}, input {@code crash-45cbdee…}): after many
 * damaged files, the JVM throws POI's {@link ArrayIndexOutOfBoundsException} without a stack, so
 * that it cannot be told from a bug of the reader by its frames; it came out of {@code read}
 * unchanged. An exception without a stack is now taken as the file's damage.
 */
class ExceptionWithoutStackTest {

    @Test
    void anExceptionWithoutAStackIsTheFilesDamage() {
        RuntimeException fastThrown = new ArrayIndexOutOfBoundsException();
        fastThrown.setStackTrace(new StackTraceElement[0]);
        assertThat(ReadFailures.isDamage(fastThrown)).isTrue();
    }

    @Test
    void anExceptionOfTheReadersOwnCodeIsABugAndOneOfPoiADamage() {
        RuntimeException ours = new NullPointerException();
        ours.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 209),
            new StackTraceElement("io.workplan.excel.internal.RowAssembler", "row", "RowAssembler.java", 150)});
        assertThat(ReadFailures.isDamage(ours)).isFalse();

        RuntimeException pois = new ArrayIndexOutOfBoundsException(7);
        pois.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.apache.poi.hssf.record.RecordInputStream", "readShort", "RecordInputStream.java", 1)});
        assertThat(ReadFailures.isDamage(pois)).isTrue();
    }
}
