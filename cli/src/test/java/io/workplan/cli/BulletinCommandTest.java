package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.cli.CommandsTest.Run;
import io.workplan.core.ProgressReport;
import io.workplan.core.aggregate.ReportAggregation;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.ScheduleStatus;
import io.workplan.core.aggregate.ScheduleSummary;
import io.workplan.files.ReportFiles;
import io.workplan.sheet.samples.RealSamples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workplan bulletin}: its figures against summary's and against a count made here, its formats and templates. */
class BulletinCommandTest {
    @TempDir
    static Path dir;

    static Path sample;

    /** The paragraph's counts and shares: 欠进度的有2个,占总任务的1.3%. */
    private static final Pattern COUNT_AND_SHARE = Pattern.compile("(欠进度的有|超进度的有|已完成和提前完成|其它类|达进度的有)(\\d+)个,占总任务的([\\d.]+)%");

    @BeforeAll
    static void copySample() throws IOException {
        sample = CommandsTest.copySample(dir);
    }

    /** The counts by status of the sample, from the progress cells classified by hand (progress-expected.tsv), Q2: 50%. */
    private static Map<ScheduleStatus, Integer> countedByHand() {
        Map<ScheduleStatus, Integer> counts = new EnumMap<>(ScheduleStatus.class);
        for (ScheduleStatus s : ScheduleStatus.values()) {
            counts.put(s, 0);
        }
        for (String line : RealSamples.text(RealSamples.GONGSHU_EXPECTED).split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            ScheduleStatus status;
            if (!f[2].equals("PERCENT")) {
                status = ScheduleStatus.NOT_ASSESSABLE;
            } else {
                int c = new BigDecimal(f[3].strip()).compareTo(BigDecimal.valueOf(50));
                status = new BigDecimal(f[3].strip()).compareTo(BigDecimal.valueOf(100)) >= 0 ? ScheduleStatus.COMPLETED
                        : c < 0 ? ScheduleStatus.BEHIND : c == 0 ? ScheduleStatus.ON_SCHEDULE : ScheduleStatus.AHEAD;
            }
            counts.merge(status, 1, Integer::sum);
        }
        return counts;
    }

    private static String label(ScheduleStatus status) {
        switch (status) {
            case BEHIND: return "欠进度的有";
            case AHEAD: return "超进度的有";
            case COMPLETED: return "已完成和提前完成";
            case NOT_ASSESSABLE: return "其它类";
            default: return "达进度的有";
        }
    }

    private static BigDecimal percentOf(int count, int total) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    @Test
    void theBulletinOfTheSampleHasTheCountsMadeByHand() {
        Map<ScheduleStatus, Integer> byHand = countedByHand();
        int total = byHand.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(159);

        Run r = CommandsTest.run("bulletin", sample.toString());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        // the standard order and words: 欠进度, 超进度, 已完成和提前完成, 其它类, 达进度
        StringBuilder expected = new StringBuilder("经督查核实,2024年第二季度共有任务" + total + "个,");
        List<String> parts = new ArrayList<>();
        for (ScheduleStatus s : List.of(ScheduleStatus.BEHIND, ScheduleStatus.AHEAD, ScheduleStatus.COMPLETED,
                ScheduleStatus.NOT_ASSESSABLE, ScheduleStatus.ON_SCHEDULE)) {
            parts.add(label(s) + byHand.get(s) + "个,占总任务的" + percentOf(byHand.get(s), total).toPlainString() + "%");
        }
        expected.append(String.join(";", parts)).append("。");
        assertThat(r.out()).contains(expected.toString())
                .contains("以上占比以总任务159个为分母")
                .contains("欠进度任务(2个,按牵头单位)");
        // the two tasks behind, the furthest first, each under its unit with its shortfall
        assertThat(r.out()).containsPattern("区人力社保局\\(1个\\)\n  \\d+ .*:完成进度42%,序时进度50.0%,落后8.0个百分点\n")
                .containsPattern("区住建局\\(1个\\)\n  \\d+ .*:完成进度45%,序时进度50.0%,落后5.0个百分点\n");
        assertThat(r.out().indexOf("区人力社保局(")).isLessThan(r.out().indexOf("区住建局("));
    }

    @Test
    void theTextsNumbersAreTheAggregations() throws IOException {
        List<Path> files = List.of(sample, RealSamples.file("/io/workplan/sheet/corpus/zhejiang-taishun-2024-m4/table.xlsx"),
                RealSamples.file("/io/workplan/sheet/corpus/zhejiang-keqiao-2023-q1/table.xlsx"));
        for (Path file : files) {
            ProgressReport report = ReportFiles.read(file).report();
            ScheduleSummary summary = ReportAggregation.of(report, ScheduleRule.standard()).overall().schedule();

            Run r = CommandsTest.run("bulletin", file.toString(), "--scale", "2");

            assertThat(r.code()).as(file.toString()).isZero();
            Matcher m = COUNT_AND_SHARE.matcher(r.out());
            int found = 0;
            while (m.find()) {
                ScheduleStatus status = java.util.Arrays.stream(ScheduleStatus.values()).filter(s -> label(s).equals(m.group(1)))
                        .findFirst().orElseThrow();
                assertThat(Integer.parseInt(m.group(2))).as(file + " " + status).isEqualTo(summary.count(status));
                assertThat(new BigDecimal(m.group(3))).as(file + " " + status)
                        .isEqualTo(BigDecimal.valueOf(summary.count(status) * 100L).divide(BigDecimal.valueOf(summary.tasks()), 2, RoundingMode.HALF_UP));
                found++;
            }
            assertThat(found).as(file.toString()).isEqualTo(5);
            assertThat(r.out()).contains("共有任务" + summary.tasks() + "个").contains("以上占比以总任务" + summary.tasks() + "个为分母");
        }
    }

    @Test
    void markdownByTheOutputsName() throws IOException {
        Path md = dir.resolve("bulletin.md");

        Run r = CommandsTest.run("bulletin", sample.toString(), "-o", md.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + md + ": the bulletin of 159 tasks, 2 behind schedule\n");
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# 2024年第二季度拱墅区《政府工作报告》主要任务完成情况督查情况通报\n\n经督查核实,")
                .contains("\n## 欠进度任务(2个,按牵头单位)\n\n### 区人力社保局(1个)\n\n- ");
        assertThat(CommandsTest.run("bulletin", sample.toString(), "--format", "markdown").out()).isEqualTo(text);
    }

    @Test
    void aWordDocumentHasTheHeadingTheParagraphAndTheTable() throws IOException {
        Path docx = dir.resolve("bulletin.docx");

        Run r = CommandsTest.run("bulletin", sample.toString(), "-o", docx.toString());

        assertThat(r.code()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("2024年第二季度拱墅区《政府工作报告》主要任务完成情况督查情况通报");
            assertThat(paragraphs.get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(paragraphs.get(1).getText()).startsWith("经督查核实,").contains("欠进度的有2个,占总任务的1.3%");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("牵头单位");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("区人力社保局");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("42%");
            assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("8.0");
        }
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothing() {
        Path docx = dir.resolve("no-such-folder").resolve("bulletin.docx");

        Run r = CommandsTest.run("bulletin", sample.toString(), "-o", docx.toString());

        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err()).contains("Cannot write").contains("bulletin.docx");
        assertThat(docx.getParent()).doesNotExist();
    }

    @Test
    void aTemplateOfTheUsersWordsAndOrder() throws IOException {
        Path template = dir.resolve("own.txt");
        String standard = new String(BulletinTemplate.class.getResourceAsStream("bulletin-template.txt").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(template, standard.replaceAll("(?m)^paragraph=.*$",
                java.util.regex.Matcher.quoteReplacement("paragraph=达进度${onSchedule}项($ {x}),欠进度${behind}项,占${behind.share}%。")), StandardCharsets.UTF_8);

        Run r = CommandsTest.run("bulletin", sample.toString(), "--template", template.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("达进度68项($ {x}),欠进度2项,占1.3%。").doesNotContain("经督查核实");
    }

    @Test
    void aBadTemplateIsAUsageErrorNamingEachLineAndPlaceholder() throws IOException {
        Path template = dir.resolve("bad.txt");
        Files.writeString(template, "heading=${title}\n# a comment\nparagraph=欠进度${behindd}个,${unit}\nfooter=x\nunit=${unit\n",
                StandardCharsets.UTF_8);

        Run r = CommandsTest.run("bulletin", sample.toString(), "--template", template.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--template " + template)
                .contains("line 3: ${behindd} is not a placeholder of paragraph")
                .contains("line 3: ${unit} is not a placeholder of paragraph")
                .contains("line 4: 'footer' is not a key")
                .contains("line 5: a ${ without its closing }")
                .contains("no line task=…");
        assertThat(r.out()).isEmpty();
        Run missing = CommandsTest.run("bulletin", sample.toString(), "--template", dir.resolve("none.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--template " + dir.resolve("none.txt") + ": no such file");
    }

    @Test
    void aReportWithoutPeriodNeedsExpected() throws IOException {
        Path csv = dir.resolve("no-period.csv");
        Files.writeString(csv, "序号,主要工作内容,牵头单位,完成进度\n1,建设公园,区建设局,30%\n2,修路,区交通局,已完成\n", StandardCharsets.UTF_8);

        Run without = CommandsTest.run("bulletin", csv.toString(), "--title", "某区重点工作");
        Run with = CommandsTest.run("bulletin", csv.toString(), "--title", "某区重点工作", "--expected", "50");

        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("schedule figures need --expected");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("欠进度的有1个,占总任务的50.0%").contains("已完成和提前完成1个,占总任务的50.0%")
                .contains("区建设局(1个)\n  1 建设公园:完成进度30%,序时进度50.0%,落后20.0个百分点");
    }

    @Test
    void theWordsAndTheOrderOfAPublishedBulletin() throws IOException {
        String published;
        try (InputStream in = BulletinCommandTest.class.getResourceAsStream("bulletin/jinzhai-2025-h1.txt")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .findFirst().orElseThrow();
        }
        // a table of the published counts: 17 behind, 10 ahead, 24 completed, 9 other, 162 on schedule (of 222)
        StringBuilder csv = new StringBuilder("序号,主要工作内容,牵头单位,完成进度\n");
        int n = 0;
        for (Object[] run : new Object[][] {{17, "30%"}, {10, "80%"}, {24, "已完成"}, {9, "/"}, {162, "50%"}}) {
            for (int i = 0; i < (int) run[0]; i++) {
                n++;
                csv.append(n).append(",任务").append(n).append(",县发改委,").append(run[1]).append('\n');
            }
        }
        Path table = dir.resolve("jinzhai.csv");
        Files.writeString(table, csv, StandardCharsets.UTF_8);

        Run r = CommandsTest.run("bulletin", table.toString(), "--title", "2025年上半年金寨县政府工作报告目标任务", "--expected", "50");

        assertThat(r.code()).as(r.err()).isZero();
        String paragraph = r.out().lines().filter(l -> l.startsWith("经督查核实")).findFirst().orElseThrow();
        // the same words, order and figures; but the last share: the bulletin rounds each share half-up (162 of 222 is
        // 72.97%: 73.0%), where the published one gave the last the remainder of 100 (72.9%)
        assertThat(paragraph).isEqualTo("经督查核实,2025年上半年共有任务222个,"
                + published.substring("经督查核实,".length()).replace("占总任务的72.9%。", "占总任务的73.0%。"));
        assertThat(published).endsWith("达进度的有162个,占总任务的72.9%。");
    }
}
