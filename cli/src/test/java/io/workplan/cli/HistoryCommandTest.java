package io.workplan.cli;

import static io.workplan.cli.CommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workplan.cli.CommandsTest.Run;
import io.workplan.core.Progress;
import io.workplan.core.Task;
import io.workplan.core.aggregate.HistoryFlag;
import io.workplan.excel.HistoryWorkbookWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workplan history} over four Gongshu quarters built from the real sample ({@link
 * GongshuQuarters}): every flag and every change checked against what the edits say.
 */
class HistoryCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    static GongshuQuarters quarters;

    @BeforeAll
    static void build() throws IOException {
        quarters = new GongshuQuarters(dir);
    }

    /** The files in an order that is not the periods'. */
    static String[] files(String... more) {
        List<String> args = new ArrayList<>(List.of("history", quarters.q3.toString(), quarters.q1.toString(),
                quarters.q4.toString(), quarters.q2.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** What the edits say of a track: its flags by quarter, computed here from the texts alone. */
    static List<Set<HistoryFlag>> expectedFlags(GongshuQuarters.Track t) {
        List<Set<HistoryFlag>> flags = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            Set<HistoryFlag> f = EnumSet.noneOf(HistoryFlag.class);
            boolean listed = t.texts[q] != null;
            boolean before = q > 0 && t.texts[q - 1] != null;
            if (!listed && before) {
                f.add(HistoryFlag.DROPPED);
            }
            if (listed && q > 0 && !before) {
                f.add(HistoryFlag.ADDED);
            }
            if (listed && before) {
                BigDecimal now = percent(t.texts[q]);
                BigDecimal then = percent(t.texts[q - 1]);
                if (now != null && then != null && now.compareTo(then) < 0) {
                    f.add(HistoryFlag.WENT_DOWN);
                }
                if (!done(t.texts[q - 1]) && done(t.texts[q])) {
                    f.add(HistoryFlag.NEWLY_COMPLETED);
                }
                if (q >= 2 && t.texts[q - 2] != null && now != null && !done(t.texts[q])
                        && now.equals(then) && now.equals(percent(t.texts[q - 2]))) {
                    f.add(HistoryFlag.STALLED);
                }
            }
            // Q4's expected share is 100: a percentage below it, not completed, is behind
            if (q == 3 && listed && !done(t.texts[q]) && percent(t.texts[q]) != null
                    && percent(t.texts[q]).compareTo(BigDecimal.valueOf(100)) < 0) {
                f.add(HistoryFlag.BEHIND);
            }
            flags.add(f);
        }
        return flags;
    }

    private static BigDecimal percent(String text) {
        return Progress.parse(text).percent().map(BigDecimal::stripTrailingZeros).orElse(null);
    }

    private static boolean done(String text) {
        return Progress.parse(text).isCompleted();
    }

    private static String words(Set<HistoryFlag> flags) {
        return flags.stream().map(f -> JsonOutput.name(f.words())).collect(Collectors.joining(","));
    }

    @Test
    void everyFlagAndChangeIsWhatTheEditsSay() throws IOException {
        Run r = run(files("--format", "json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.get("periods")).extracting(JsonNode::asText)
                .containsExactly("2024年第一季度", "2024年第二季度", "2024年第三季度", "2024年第四季度");
        JsonNode tasks = json.get("tasks");
        assertThat(tasks).hasSize(quarters.tracks.size());
        Map<HistoryFlag, Integer> counts = new HashMap<>();
        for (int i = 0; i < quarters.tracks.size(); i++) {
            GongshuQuarters.Track t = quarters.tracks.get(i);
            JsonNode task = tasks.get(i);
            Task latest = null;
            for (Task each : t.tasks) {
                latest = each != null ? each : latest;
            }
            assertThat(task.get("content").asText()).as("task %d", i).isEqualTo(latest.content());
            List<Set<HistoryFlag>> expected = expectedFlags(t);
            Set<HistoryFlag> all = EnumSet.noneOf(HistoryFlag.class);
            for (int q = 0; q < 4; q++) {
                JsonNode step = task.get("steps").get(q);
                assertThat(step.get("listed").asBoolean()).as("task %d, Q%d", i, q + 1).isEqualTo(t.texts[q] != null);
                assertThat(step.get("progress").isNull() ? null : step.get("progress").asText()).isEqualTo(t.texts[q]);
                assertThat(step.get("number").isNull() ? null : step.get("number").asInt())
                        .isEqualTo(t.tasks[q] == null ? null : t.tasks[q].number().getAsInt());
                String flags = java.util.stream.StreamSupport.stream(step.get("flags").spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining(","));
                assertThat(flags).as("flags of task %d (%s), Q%d", i, latest.content(), q + 1).isEqualTo(words(expected.get(q)));
                all.addAll(expected.get(q));
                BigDecimal change = q > 0 && t.texts[q] != null && t.texts[q - 1] != null
                        && percent(t.texts[q]) != null && percent(t.texts[q - 1]) != null
                        ? percent(t.texts[q]).subtract(percent(t.texts[q - 1])) : null;
                if (change == null) {
                    assertThat(step.get("changePoints").isNull()).as("task %d, Q%d", i, q + 1).isTrue();
                } else {
                    assertThat(step.get("changePoints").decimalValue()).as("task %d, Q%d", i, q + 1).isEqualByComparingTo(change);
                }
            }
            all.forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        for (HistoryFlag f : HistoryFlag.values()) {
            assertThat(json.get("flagged").get(JsonOutput.name(f.words())).asInt()).as(f.words()).isEqualTo(counts.getOrDefault(f, 0));
        }
        // each flag is there, and the edits' tasks carry theirs
        assertThat(counts.keySet()).containsExactlyInAnyOrder(HistoryFlag.values());
        assertThat(words(expectedFlags(quarters.tracks.get(quarters.down)).get(2))).isEqualTo("wentDown");
        assertThat(expectedFlags(quarters.tracks.get(quarters.stalled)).get(3)).contains(HistoryFlag.STALLED, HistoryFlag.BEHIND);
        assertThat(expectedFlags(quarters.tracks.get(quarters.dropped)).get(3)).containsExactly(HistoryFlag.DROPPED);
        assertThat(tasks.get(quarters.down).get("steps").get(2).get("changePoints").decimalValue()).isEqualByComparingTo("-5");
        assertThat(tasks.get(quarters.down).get("steps").get(1).get("changePoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(tasks.get(quarters.down).get("steps").get(3).get("changePoints").decimalValue()).isEqualByComparingTo("15");
        // the renumbered tasks were followed: the task after the one added has number + 1 in Q3
        JsonNode after = tasks.get(quarters.addedAt).get("steps");
        assertThat(after.get(2).get("number").asInt()).isEqualTo(after.get(1).get("number").asInt() + 1);
        assertThat(after.get(2).get("matchedBy").asText()).isEqualTo("sameContent");
    }

    @Test
    void theAmbiguousPairIsNamedAndNotGuessed() throws IOException {
        Run r = run(files("--format", "json"));
        JsonNode json = MAPPER.readTree(r.out());
        Task split = quarters.tracks.get(quarters.split).tasks[2];
        assertThat(json.get("ambiguities")).singleElement().satisfies(a -> {
            assertThat(a.get("period").asText()).isEqualTo("2024年第三季度");
            assertThat(a.get("candidatesPeriod").asText()).isEqualTo("2024年第四季度");
            assertThat(a.get("task").get("content").asText()).isEqualTo(split.content());
            assertThat(a.get("candidates")).extracting(c -> c.get("content").asText())
                    .containsExactlyInAnyOrder(split.content() + "（一期）", split.content() + "（二期）");
        });
        assertThat(r.err()).contains("warning: 2024年第三季度").contains("（一期）").contains("（二期）")
                .contains("matched to none of them");
    }

    @Test
    void theTextTableShowsEachPeriodAndTheFlags() {
        Run r = run(files("--flagged"));
        assertThat(r.code()).as(r.err()).isZero();
        GongshuQuarters.Track down = quarters.tracks.get(quarters.down);
        assertThat(r.out()).contains("History of 2024年第四季度").contains("tasks over 4 periods, 2024年第一季度 to 2024年第四季度")
                .containsPattern("No\\. +Task +2024-Q1 +2024-Q2 +2024-Q3 +2024-Q4 +Flags")
                .contains(down.texts[2] + " (-5.0)")
                .contains("went down, behind");
        long unflagged = quarters.tracks.stream().filter(t -> expectedFlags(t).stream().allMatch(Set::isEmpty)).count();
        long rows = r.out().lines().count() - 4;   // two lines of summary, the header and its rule
        assertThat(rows).isEqualTo(quarters.tracks.size() - unflagged);
    }

    @Test
    void theWorkbookHasTheOfficialLookAndTheColours() throws IOException {
        Path out = dir.resolve("2024.xlsx");
        Run r = run(files("-o", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out + ": " + quarters.tracks.size() + " tasks over 4 periods");
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(HistoryWorkbookWriter.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("2024年第四季度").endsWith("（进度历史：2024年第一季度至2024年第四季度）");
            assertThat(sheet.getMergedRegions()).anySatisfy(m -> assertThat(m.formatAsString()).startsWith("A1:"));
            Row periods = sheet.getRow(1);
            Row header = sheet.getRow(2);
            int first = 0;
            while (!"2024年第一季度".equals(periods.getCell(first).getStringCellValue())) {
                first++;
            }
            assertThat(header.getCell(first).getStringCellValue()).isEqualTo("完成进度");
            assertThat(header.getCell(first + 1).getStringCellValue()).isEqualTo("较上期（百分点）");
            assertThat(periods.getCell(first + 6).getStringCellValue()).isEqualTo("2024年第四季度");
            assertThat(periods.getCell(first + 8).getStringCellValue()).isEqualTo("标记");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:3");
            assertThat(wb.getFontAt(header.getCell(first).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
            assertThat(header.getCell(first).getCellStyle().getBorderTop()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            // the task that went down in Q3: its Q3 change −5.0, red; its flags cell names them
            Row down = sheet.getRow(3 + quarters.down);
            Cell change = down.getCell(first + 5);
            assertThat(change.getNumericCellValue()).isEqualTo(-5.0);
            assertThat(fill(change)).isEqualTo(HistoryWorkbookWriter.colour(HistoryFlag.WENT_DOWN));
            assertThat(down.getCell(first + 8).getStringCellValue()).isEqualTo("下降、欠进度");
            Row dropped = sheet.getRow(3 + quarters.dropped);
            assertThat(fill(dropped.getCell(first + 6))).isEqualTo(HistoryWorkbookWriter.colour(HistoryFlag.DROPPED));
            assertThat(dropped.getCell(first + 6).getStringCellValue()).isEmpty();
            // the ambiguity has its own sheet
            Sheet ambiguities = wb.getSheet(HistoryWorkbookWriter.AMBIGUITIES_SHEET);
            assertThat(ambiguities.getLastRowNum()).isEqualTo(3);   // title, header, the two candidates
        }
    }

    private static String fill(Cell cell) {
        byte[] rgb = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor().getRGB();
        return String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }

    @Test
    void reportsOfTheSamePeriodOrAnotherPlanAreRefused() throws IOException {
        Run same = run("history", quarters.q2.toString(), quarters.q2.toString());
        assertThat(same.code()).isEqualTo(1);
        assertThat(same.err()).contains("workplan: these reports are not one plan's history:")
                .contains(quarters.q2 + " (period): the period 2024年第二季度 is that of " + quarters.q2 + " too");
        Path other = dir.resolve("other.json");
        String json = Files.readString(quarters.q1).replace("主要任务完成情况", "民生实事项目进展情况");
        Files.writeString(other, json);
        Run plans = run("history", quarters.q2.toString(), other.toString());
        assertThat(plans.code()).isEqualTo(1);
        assertThat(plans.err()).contains(other + " (title): the report '2024年第一季度").contains("is not of the plan of " + quarters.q2);
        Run wrongOut = run(files("-o", dir.resolve("x.csv").toString()));
        assertThat(wrongOut.code()).isEqualTo(2);
        assertThat(wrongOut.err()).contains("-o must end with .xlsx, .xls or .json");
    }

    @Test
    void theJsonFileIsTheJsonPrinted() throws IOException {
        Path out = dir.resolve("2024.json");
        Run r = run(files("-o", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(MAPPER.readTree(out.toFile())).isEqualTo(MAPPER.readTree(run(files("--format", "json")).out()));
    }
}
