package io.workplan.files;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.csv.CsvReader;
import io.workplan.csv.CsvWriter;
import io.workplan.excel.ExcelReadSummary;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriteHead;
import io.workplan.excel.ExcelWriter;
import io.workplan.html.HtmlReader;
import io.workplan.sheet.TableReader;
import io.workplan.word.WordReader;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A null argument of the io modules' static entry points is refused naming the argument (io-json has its own test). */
class NullArgumentsTest {
    private static void names(String argument, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(argument);
    }

    @Test
    void everyStaticEntryPointNamesItsNullArgument() {
        names("file", () -> Format.byName(null));
        names("file", () -> Format.detect(null));
        names("file", () -> ReportFiles.read(null));
        names("options", () -> CsvReader.create(null));
        names("options", () -> CsvWriter.create(null));
        names("options", () -> ExcelReader.create(null));
        names("options", () -> ExcelWriter.create(null));
        names("report", () -> ExcelWriteHead.of(null));
        names("read", () -> ExcelWriteHead.builder((ExcelReadSummary) null));
        names("file", () -> ExcelWriter.Format.of(null));
        names("options", () -> HtmlReader.create(null));
        names("options", () -> WordReader.create(null));
        names("options", () -> TableReader.create(null));
    }
}
