package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code summary --by region} over real tables of several regions: the sample and tables of the corpus. */
class RegionSummaryTest {
    private static final String CORPUS = "/io/workplan/sheet/corpus/";

    @TempDir
    static Path dir;

    /**
     * A folder of real tables: 拱墅区 and two tables of 岳阳楼区, whose titles name them, then 柯桥区 and
     * 苍南县, whose titles do not, in files named after them.
     */
    static Path folder;

    /** The tables of the folder by the region their title names. */
    static final Map<String, List<String>> REGIONS = new LinkedHashMap<>();

    @BeforeAll
    static void copyTables() throws IOException {
        folder = Files.createDirectories(dir.resolve("tables"));
        CommandsTest.copySample(folder);
        copy("zhejiang-cangnan-2022-m10", "苍南县.xlsx");
        copy("zhejiang-keqiao-2023-q1", "柯桥区.xlsx");
        copy("hunan-yueyanglou-2017-m8", "yueyanglou-2017.xlsx");
        copy("hunan-yueyanglou-2019-m7", "yueyanglou-2019.xlsx");
        // in the order of their first file, the files of a folder by name
        REGIONS.put("拱墅区", List.of("gongshu-2024-q2.xlsx"));
        REGIONS.put("岳阳楼区", List.of("yueyanglou-2017.xlsx", "yueyanglou-2019.xlsx"));
        REGIONS.put("柯桥区", List.of("柯桥区.xlsx"));
        REGIONS.put("苍南县", List.of("苍南县.xlsx"));
    }

    private static void copy(String item, String name) throws IOException {
        Files.copy(RealSamples.file(CORPUS + item + "/table.xlsx"), folder.resolve(name));
    }

    /** The schedule summary of the tables of a region, each read whole and summed up here, against 50%. */
    private static ScheduleSummary counted(List<String> files) {
        ScheduleRule rule = ScheduleRule.standard().withExpected(BigDecimal.valueOf(50));
        ScheduleSummary sum = null;
        for (String file : files) {
            ProgressReport report = ReportFiles.read(folder.resolve(file)).report();
            ScheduleSummary one = ReportAggregation.of(report, rule).overall().schedule();
            sum = sum == null ? one : sum.combine(one);
        }
        return sum;
    }

    @Test
    void aRowPerRegionWithTheFiguresOfItsTables() {
        Run r = CommandsTest.run("summary", folder.toString(), "--by", "region", "--expected", "50", "--format", "tsv");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Summary by region: 5 of 5 tables read, 4 region(s)\n");
        ScheduleSummary all = null;
        for (Map.Entry<String, List<String>> region : REGIONS.entrySet()) {
            ScheduleSummary s = counted(region.getValue());
            all = all == null ? s : all.combine(s);
            assertThat(r.out()).contains("\n" + region.getKey() + "\t" + region.getValue().size() + "\t" + s.tasks() + "\t");
            String row = r.out().lines().filter(l -> l.startsWith(region.getKey() + "\t")).findFirst().orElseThrow();
            String[] cells = row.split("\t");
            assertThat(Integer.parseInt(cells[5])).as(region.getKey()).isEqualTo(s.count(ScheduleStatus.BEHIND));
            assertThat(Integer.parseInt(cells[7])).as(region.getKey()).isEqualTo(s.count(ScheduleStatus.ON_SCHEDULE));
            assertThat(Integer.parseInt(cells[9])).as(region.getKey()).isEqualTo(s.count(ScheduleStatus.AHEAD));
            assertThat(Integer.parseInt(cells[11])).as(region.getKey()).isEqualTo(s.count(ScheduleStatus.COMPLETED));
            assertThat(Integer.parseInt(cells[13])).as(region.getKey()).isEqualTo(s.count(ScheduleStatus.NOT_ASSESSABLE));
            assertThat(cells[6]).isEqualTo(s.share(ScheduleStatus.BEHIND).percent(1).map(p -> p.toPlainString() + "%").orElse("-"));
            // the usual tables within the region
            assertThat(r.out()).contains("== " + region.getKey() + ": ");
        }
        assertThat(r.out()).contains("\n(all)\t5\t" + all.tasks() + "\t");
        List<String> order = r.out().lines().filter(l -> REGIONS.containsKey(l.split("\t")[0])).map(l -> l.split("\t")[0]).toList();
        assertThat(order).containsExactlyElementsOf(REGIONS.keySet());
        assertThat(r.out()).contains("== 拱墅区: gongshu-2024-q2.xlsx (2024年第二季度) ==\nBy category\n");
        // the real tables' warnings, each with its file, and no failure
        assertThat(r.err()).startsWith("warning: ").contains("warning: 柯桥区.xlsx: ").doesNotContain("not counted")
                .doesNotContain("could not be read");
    }

    @Test
    void tablesOfDifferentPeriodsAreRefusedTogetherWithoutExpected() {
        Run r = CommandsTest.run("summary", folder.toString(), "--by", "region");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("the tables are of different periods").contains("2024年第二季度 (")
                .contains("give --expected PERCENT");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTableThatCannotBeReadIsNamedAndTheOthersCount() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path sample = folder.resolve("gongshu-2024-q2.xlsx");
        Path cangnan = folder.resolve("苍南县.xlsx");

        Run r = CommandsTest.run("summary", sample.toString(), broken.toString(), cangnan.toString(), "--expected", "50");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith("Summary by region: 2 of 3 tables read, 2 region(s)\n").contains("拱墅区").contains("苍南县");
        assertThat(r.err()).contains(broken + ": not counted: ").contains("1 of 3 tables could not be read: " + broken);
    }

    @Test
    void aTableWhoseTitleNamesNoRegionTakesTheOneGiven() throws IOException {
        Path taishun = dir.resolve("taishun.xlsx");
        Files.copy(RealSamples.file(CORPUS + "zhejiang-taishun-2024-m4/table.xlsx"), taishun);
        Path sample = folder.resolve("gongshu-2024-q2.xlsx");

        Run without = CommandsTest.run("summary", sample.toString(), taishun.toString(), "--expected", "50");
        Run with = CommandsTest.run("summary", sample.toString(), taishun.toString(), "--expected", "50", "--region", taishun + "=泰顺县");

        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains(taishun + ": not counted: no region").contains("--region " + taishun + "=REGION");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("\n泰顺县 ").contains("\n拱墅区 ");
    }

    @Test
    void jsonHasEveryRegionAndItsTables() throws IOException {
        Run r = CommandsTest.run("summary", folder.toString(), "--expected", "50", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("regions")).hasSize(4);
        assertThat(json.get("regions").get(0).get("region").asText()).isEqualTo("拱墅区");
        JsonNode yueyanglou = json.get("regions").get(1);
        assertThat(yueyanglou.get("region").asText()).isEqualTo("岳阳楼区");
        assertThat(yueyanglou.get("tables")).hasSize(2);
        ScheduleSummary s = counted(REGIONS.get("岳阳楼区"));
        assertThat(yueyanglou.get("overall").get("tasks").asInt()).isEqualTo(s.tasks());
        assertThat(yueyanglou.get("overall").get("behindSchedule").asInt()).isEqualTo(s.count(ScheduleStatus.BEHIND));
        int tasks = 0;
        for (JsonNode region : json.get("regions")) {
            tasks += region.get("overall").get("tasks").asInt();
        }
        assertThat(json.get("overall").get("tasks").asInt()).isEqualTo(tasks);
        assertThat(json.get("failures")).isEmpty();
    }

    @Test
    void aWorkbookWithAChartComparingTheRegions() throws IOException {
        Path xlsx = dir.resolve("regions.xlsx");

        Run r = CommandsTest.run("summary", folder.toString(), "--expected", "50", "-o", xlsx.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + xlsx + ": Summary by region: 5 of 5 tables read, 4 region(s)\n");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet regions = workbook.getSheet("按地区汇总");
            assertThat(regions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("地区");
            assertThat(regions.getRow(2).getCell(0).getStringCellValue()).isEqualTo("拱墅区");
            assertThat((int) regions.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(159);
            assertThat(regions.getRow(3).getCell(0).getStringCellValue()).isEqualTo("岳阳楼区");
            assertThat((int) regions.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(counted(REGIONS.get("岳阳楼区")).tasks());
            assertThat(regions.getRow(6).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(regions.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(workbook.getSheet("苍南县")).isNotNull();
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
        }
    }

    @Test
    void aWorkbookIsTheOnlyFileWritten() {
        Run r = CommandsTest.run("summary", folder.toString(), "--expected", "50", "-o", dir.resolve("regions.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("-o writes a workbook: its name must end with .xlsx");
        Run one = CommandsTest.run("summary", folder.resolve("gongshu-2024-q2.xlsx").toString(), "-o", dir.resolve("one.xlsx").toString());
        assertThat(one.code()).isEqualTo(2);
        assertThat(one.err()).contains("-o applies to a summary by region");
        assertThat(dir.resolve("one.xlsx")).doesNotExist();
    }

    @Test
    void theRegionATitleNames() {
        assertThat(RegionNames.of("2024年第二季度拱墅区《政府工作报告》主要任务完成情况")).contains("拱墅区");
        assertThat(RegionNames.of("岳阳楼区2019年1-7月省市重点民生实事项目完成情况")).contains("岳阳楼区");
        assertThat(RegionNames.of("2021年芙蓉区重点民生实事城镇老旧小区项目情况公示")).contains("芙蓉区");
        assertThat(RegionNames.of("泗洲头镇2024年度重点工作计划二季度执行情况")).contains("泗洲头镇");
        assertThat(RegionNames.of("岳阳市1-11月12件重点民生实事工作落实情况")).contains("岳阳市");
        assertThat(RegionNames.of("2023年10月临安区重点工作")).contains("临安区");
        assertThat(RegionNames.of("市政府2020年重点工作(预下达)一季度进展情况表")).isEmpty();
        assertThat(RegionNames.of("2022年度市县民生实事未完成项目进度表(截至10月31日)")).isEmpty();
        assertThat(RegionNames.of("全省2021年重点民生实事项目完成进度表")).isEmpty();
        assertThat(RegionNames.of("2022年县十件民生实事项目上半年推进情况汇总表")).isEmpty();
        assertThat(RegionNames.of("2023年10月省政府民生实事项目进展情况汇总表")).isEqualTo(Optional.empty());
    }

    @Test
    void aProgressBarOverTheFilesOnATerminalOnly() {
        Path sample = folder.resolve("gongshu-2024-q2.xlsx");
        Path cangnan = folder.resolve("苍南县.xlsx");

        Run terminal = CommandsTest.runOn(true, "summary", sample.toString(), cangnan.toString(), "--expected", "50");
        Run pipe = CommandsTest.runOn(false, "summary", sample.toString(), cangnan.toString(), "--expected", "50");

        assertThat(terminal.err()).startsWith("\rsummary by region [").contains(" of 4 readings of files");
        assertThat(terminal.err()).doesNotContain("gongshu-2024-q2.xlsx [");   // no bar of each file's rows: several are read at once
        assertThat(pipe.err()).doesNotContain("\r");
        assertThat(terminal.out()).isEqualTo(pipe.out());
    }
}
