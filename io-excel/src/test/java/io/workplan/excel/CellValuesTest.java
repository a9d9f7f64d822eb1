package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Problem;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.Task;
import io.workplan.excel.corpus.ExcelCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error and logical values, and number formats the reader cannot show, read leniently: each a
 * problem at its cell, and the cell's text kept, never dropped and never a guessed figure.
 */
class CellValuesTest {
    @TempDir
    Path dir;

    private ExcelReadResult readLeniently(String fileName) throws Exception {
        ExcelCorpus.Item item = ExcelCorpus.items().stream().filter(i -> i.fileName().equals(fileName)).findFirst().orElseThrow();
        return Workbooks.readBoth(item.writeInto(dir), ExcelReadOptions.builder().lenient(true));
    }

    @Test
    void errorAndLogicalValuesReadLenientlyKeepTheirTextAndAreProblemsAtTheirCells() throws Exception {
        ExcelReadResult result = readLeniently("errors-everywhere.xlsx");

        List<Task> tasks = result.report().tasks();
        assertThat(tasks).extracting(t -> t.number().isPresent() ? t.number().getAsInt() : 0).containsExactly(0, 2, 3);
        assertThat(tasks.get(0).category()).hasValue(Category.parse("#REF!"));
        assertThat(tasks.get(1).content()).isEqualTo("#N/A");
        assertThat(tasks.get(1).leadUnits()).containsExactly(LeadUnit.of("FALSE"));
        assertThat(tasks.get(2).extras()).isEqualTo(Map.of("责任人", "#DIV/0!"));
        assertThat(result.report().entries()).extracting(ProgressEntry::progress).last().isEqualTo(Progress.parse("TRUE"));
        assertThat(result.warnings()).filteredOn(p -> p.reason().startsWith("an error value") || p.reason().startsWith("a logical value"))
                .extracting(p -> p.cell().orElse("") + " " + p.subject().orElse("") + " " + p.rawText().orElse(""))
                .containsExactly("A3 序号 TRUE", "B3 项目名称 #REF!", "C4 主要工作内容 #N/A", "D4 牵头单位 FALSE", "E5 完成进度 TRUE",
                        "F5 责任人 #DIV/0!");
    }

    @Test
    void aFormatTheReaderCannotShowIsAWarningAndTheValueIsKept() throws Exception {
        ExcelReadResult result = readLeniently("unshown-formats.xls");

        assertThat(result.report().entries()).extracting(e -> e.progress().text()).containsExactly("0.536", "0.536", "完成53.6%", "-5%");
        // 完成53.6% is read as its text says: a narrative of 53.6 % done; the others name no share
        assertThat(result.report().entries()).extracting(e -> e.progress().percent())
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(new java.math.BigDecimal("53.6")), Optional.empty());
        assertThat(result.warnings()).extracting(Problem::cell).extracting(Optional::get).containsExactly("E3", "E4", "E5", "E6");
        assertThat(result.warnings().get(0).reason()).isEqualTo("the number format 0.00E+00 cannot be shown by the reader"
                + " (the code E (scientific notation)); the cell is read as its value 0.536, without a percentage");
    }
}
