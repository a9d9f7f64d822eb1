package io.workplan.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budgets of a table's reading, whatever its format: the problems listed, the merged ranges
 * considered and the text a report read whole holds ({@link TableReadOptions}).
 */
class BudgetsTest {
    private static final String TITLE = "2024年第二季度主要任务完成情况";

    /** A table of a title, a header and tasks of a category merged over them, with extra merges. */
    private static final class Table implements TableSource {
        final List<CellText[]> rows = new ArrayList<>();
        final List<MergedRange> merges = new ArrayList<>();

        Table(int tasks, String content) {
            rows.add(cells(TITLE));
            rows.add(cells("序号", "项目名称", "主要工作内容", "牵头单位", "完成进度"));
            for (int i = 0; i < tasks; i++) {
                rows.add(cells(Integer.toString(i + 1), "指标" + i, content + i + "。", "区财政局", "50%"));
            }
        }

        @Override
        public List<String> tableNames() {
            return List.of("Sheet1");
        }

        @Override
        public void read(int table, RowVisitor visitor) {
            for (int r = 0; r < rows.size(); r++) {
                if (!visitor.row(r, rows.get(r))) {
                    return;
                }
            }
            merges.forEach(visitor::merged);
        }

        private static CellText[] cells(String... texts) {
            CellText[] cells = new CellText[texts.length];
            for (int i = 0; i < texts.length; i++) {
                cells[i] = CellText.ofText(texts[i]);
            }
            return cells;
        }
    }

    @Test
    void thousandsOfCopiesOfOneMergedRangeGiveTheWarningsOfOneAndAreListedUpToTheCap() throws Exception {
        Table table = new Table(300, "任务");
        for (int i = 0; i < 5_000; i++) {
            table.merges.add(new MergedRange(2, 301, 1, 1));
        }
        TableReader.Read read = TableReader.create(TableReadOptions.defaults()).readReport(table, "copies.xlsx");

        List<Problem> warnings = read.summary().warnings();
        assertThat(read.report().tasks()).hasSize(300);
        // B4..B301 each hold a value of their own under B3:B302: 299 hidden values, the first 100 listed
        assertThat(warnings).hasSize(101);
        assertThat(warnings.get(0).cell()).contains("B4");
        assertThat(warnings.get(0).reason()).startsWith("the cell lies under the merged cell B3:B302");
        assertThat(warnings.get(100).reason())
                .isEqualTo("… and 199 more problems (0 of them errors), not listed: only the first 100 are (TableReadOptions.maxProblems)");
        assertThat(warnings.get(100).sheet()).contains("Sheet1");
    }

    @Test
    void errorsBeyondTheCapAreCountedAndStillRefuseTheTable() {
        Table table = new Table(250, "任务");
        for (int r = 2; r < table.rows.size(); r++) {
            table.rows.get(r)[4] = CellText.ofError("#DIV/0!");
        }
        TableException e = catchThrowableOfType(TableException.class, () -> TableReader.create(TableReadOptions.builder()
                .maxProblems(10).build()).readReport(table, "errors.xlsx"));

        assertThat(e.problems()).hasSize(11);
        assertThat(e.problems().subList(0, 10)).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
        assertThat(e.problems().get(0).cell()).contains("E3");
        assertThat(e.problems().get(10).severity()).isEqualTo(Problem.Severity.ERROR);
        assertThat(e.problems().get(10).reason()).startsWith("… and 240 more problems (240 of them errors)");
    }

    @Test
    void mergedRangesBeyondTheLimitAreAnErrorNamingIt() throws Exception {
        Table table = new Table(20, "任务");
        for (int i = 0; i < 20; i++) {
            table.merges.add(new MergedRange(2 + i, 2 + i, 5, 6));
        }
        TableReadOptions limited = TableReadOptions.builder().maxMergedRanges(12).build();
        TableException strict = catchThrowableOfType(TableException.class,
                () -> TableReader.create(limited).readReport(table, "merges.xlsx"));
        assertThat(strict.problems()).singleElement().satisfies(p -> {
            assertThat(p.cell()).contains("F15");
            assertThat(p.reason()).isEqualTo("the table has more than 12 merged ranges, the most the reading considers"
                    + " (TableReadOptions.maxMergedRanges); this one and those after it are not considered");
        });

        TableReader.Read lenient = TableReader.create(TableReadOptions.builder().from(limited).lenient(true).build())
                .readReport(table, "merges.xlsx");
        assertThat(lenient.report().tasks()).hasSize(20);
        assertThat(lenient.summary().warnings()).hasSize(1);
    }

    @Test
    void aReportReadWholeHoldsNoMoreTextThanItsBudgetWhileEntryByEntryReadingIsNotBounded() throws Exception {
        String longText = "长".repeat(10_000);
        Table table = new Table(200, longText);
        TableReadOptions options = TableReadOptions.builder().maxReportChars(1_000_000).build();

        TableException e = catchThrowableOfType(TableException.class,
                () -> TableReader.create(options).readReport(table, "long.xlsx"));
        // each task holds 10,000 + 3 or 4 characters of content, 4 of unit, 3 of progress, 3 or 4 of category
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("the report holds more"
                + " than 1,000,000 characters of text by its task 100 (TableReadOptions.maxReportChars), more than a"
                + " report is read whole with; reading stopped there: read it entry by entry, or raise the limit if the"
                + " file is trusted"));

        int[] entries = new int[1];
        TableReadSummary summary = TableReader.create(options).read(table, "long.xlsx", entry -> entries[0]++);
        assertThat(summary.tasks()).isEqualTo(200);
        assertThat(entries[0]).isEqualTo(200);
    }

    @Test
    void budgetsMustBePositive() {
        ValidationExceptionCheck.refused(() -> TableReadOptions.builder().maxProblems(0).maxMergedRanges(-1).maxReportChars(0)
                .build(), "maxProblems", "maxMergedRanges", "maxReportChars");
    }

    /** The paths of a value check's problems. */
    private static final class ValidationExceptionCheck {
        static void refused(Runnable build, String... paths) {
            io.workplan.core.ValidationException e = catchThrowableOfType(io.workplan.core.ValidationException.class, build::run);
            assertThat(e.problems()).extracting(p -> p.path().orElse("")).containsExactly(paths);
        }
    }
}
