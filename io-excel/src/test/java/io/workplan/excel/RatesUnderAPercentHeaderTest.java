package io.workplan.excel;

import static io.workplan.excel.Workbooks.TITLE;
import static io.workplan.excel.Workbooks.readBoth;
import static io.workplan.excel.Workbooks.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import io.workplan.core.ProgressReport;
import io.workplan.excel.Workbooks.Formatted;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rate published as a bare number under a header in percent ({@code 完成目标(%)}, corpus {@code
 * sichuan-meishan-2017-*}), in a workbook: a number cell is that percentage, every digit of it kept when
 * its format shows it rounded (as under a percent format), and the official sheet writes it back as a
 * percent cell that reads as the same progress.
 */
class RatesUnderAPercentHeaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rates.xlsx", "rates.xls"})
    void aNumberUnderAHeaderInPercentIsThatPercentageAndWritesBackAsItself(String name) throws Exception {
        Path file = sheet(dir, name, new Object[] {TITLE},
                new Object[] {"序号", "主要工作内容", "牵头单位", "进度", "完成目标(%)"},
                new Object[] {1, "城镇新增就业(人)", "市人社局", 32095, 123.4},
                new Object[] {2, "就业困难人员就业(人)", "市人社局", 2519, new Formatted(125.94, "0.0")},
                new Object[] {3, "劳务品牌培训(人)", "市人社局", 2425, "100"},
                new Object[] {4, "青年劳动者技能培训(人)", "市人社局", 3291, new Formatted(1.097, "0.0%")});
        ProgressReport report = readBoth(file).report();
        assertThat(report.entries()).extracting(e -> e.progress()).containsExactly(
                Progress.ofPercent(new BigDecimal("123.4"), "123.4%"),
                Progress.ofPercent(new BigDecimal("125.94"), "125.9%"),
                Progress.ofPercent(new BigDecimal("100"), "100%"),
                Progress.ofPercent(new BigDecimal("109.7"), "109.7%"));
        assertThat(report.tasks().get(0).extras()).containsEntry("进度", "32095");

        Path written = dir.resolve("written-" + name.replace(".xls", ".xlsx").replace(".xlsxx", ".xlsx"));
        ExcelWriter.create().write(report, written);
        ProgressReport back = readBoth(written).report();
        assertThat(back.entries()).extracting(e -> e.progress())
                .isEqualTo(report.entries().stream().map(e -> e.progress()).toList());
        assertThat(back.tasks()).extracting(t -> t.extras()).isEqualTo(List.of(report.tasks().get(0).extras(),
                report.tasks().get(1).extras(), report.tasks().get(2).extras(), report.tasks().get(3).extras()));
    }
}
