package io.workplan.json;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.Progress;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Small reports that use every part of the format: {@link #build()} every part of version 1 (every
 * optional property present and absent, every kind of progress, a task without a number, a task
 * without progress, a percentage that a {@code double} would change); {@link #version2()} that and
 * what version 2 adds (a task before the first category, extra columns, one of them blank in every
 * task); {@link #withoutCategories()} and {@link #withoutPeriod()} the tables of other regions.
 */
final class EveryFieldReport {
    private EveryFieldReport() {}

    static ProgressReport build() {
        ReportingPeriod period = ReportingPeriod.months(2024, 9);
        Category goals = Category.of("(一)", "经济社会发展主要预期目标");
        Category plain = Category.of("民生实事");
        Task gdp = Task.builder().number(1).category(goals).content("地区生产总值增长5.5%。")
                .leader("王五").addLeadUnits(LeadUnit.of("区发改经信局"), LeadUnit.of("市委农办(市农业局)"))
                .addResponsibleUnits(LeadUnit.of("各街道"), LeadUnit.of("区财政局"))
                .remark("备注第一行\n备注第二行").build();
        Task budget = task(2, goals, "一般公共预算收入增长与经济增长同步。", "区财政局");
        Task school = task(3, plain, "新建中小学3所😀,“双减”落实。", "区教育局");
        Task roads = task(4, plain, "改造老旧小区\n20个。", "区住建局");
        Task data = task(5, plain, "全年空气优良率达到90%。", "生态环境拱墅分局");
        Task story = task(6, plain, "一般公共预算收入完成目标。", "区财政局");
        Task share = task(7, plain, "招引项目落地。", "区投促局");
        Task unnumbered = Task.builder().category(plain).content("没有序号的任务。").build();
        Task noProgress = task(9, plain, "没有进度的任务。", "区政府办");
        return ProgressReport.builder()
                .title("2024年1-9月拱墅区《政府工作报告》主要任务完成情况")
                .region("杭州市拱墅区")
                .period(period)
                .publishedOn(LocalDate.of(2024, 10, 25))
                .source("https://www.gongshu.gov.cn/")
                .addCategories(goals).addCategories(plain)
                .addTasks(gdp).addTasks(budget).addTasks(school).addTasks(roads).addTasks(data)
                .addTasks(story).addTasks(share).addTasks(unnumbered).addTasks(noProgress)
                .addEntries(ProgressEntry.of(gdp, period, Progress.ofPercent(new BigDecimal("53.600000000000001"), "53.600000000000001%")))
                .addEntries(ProgressEntry.of(budget, period, Progress.parse("/")))
                .addEntries(ProgressEntry.of(school, period, Progress.parse("已完成")))
                .addEntries(ProgressEntry.of(roads, period, Progress.parse("正常进行中")))
                .addEntries(ProgressEntry.of(data, period, Progress.parse("全年数据未出")))
                .addEntries(ProgressEntry.of(story, period, Progress.parse("1-9月,全区地方一般公共预算收入完160.59亿元,快于序时进度6.32个百分点。")))
                .addEntries(ProgressEntry.of(share, period, Progress.parse("完成全年任务的78.50%")))
                .addEntries(ProgressEntry.of(unnumbered, period, Progress.parse("５２％")))
                .build();
    }

    /** The report of {@link #build()} with what version 2 adds. */
    static ProgressReport version2() {
        ProgressReport v1 = build();
        ReportingPeriod period = v1.period().orElseThrow();
        Task before = Task.builder().content("第一个项目名称之前的任务。").addLeadUnits(LeadUnit.of("区政府办"))
                .putExtras("责任人", "张三").putExtras("时间节点", "6月底前").build();
        ProgressReport.Builder report = ProgressReport.builder().from(v1)
                .extraColumns(List.of("责任人", "时间节点", "月度工作计划"))
                .tasks(List.of()).entries(List.of())
                .addTasks(before).addEntries(ProgressEntry.of(before, period, Progress.ofPercent(new BigDecimal("80"), "80%(新区实验幼儿园进度滞后)")));
        for (Task task : v1.tasks()) {
            Task t = task.number().orElse(0) == 1
                    ? Task.builder().from(task).putExtras("时间节点", "全年").putExtras("责任人", "李四\n王五").build()
                    : task;
            report.addTasks(t);
            v1.entryFor(task).ifPresent(e -> report.addEntries(ProgressEntry.of(t, period, e.progress())));
        }
        return report.build();
    }

    /** A plain numbered list of tasks with extra columns, no category column: the tables of other regions. */
    static ProgressReport withoutCategories() {
        ReportingPeriod period = ReportingPeriod.quarter(2025, 1);
        Task school = Task.builder().number(1).content("新建幼儿园5所。").addLeadUnits(LeadUnit.of("县教育局"))
                .putExtras("责任人", "陈六").putExtras("月度工作计划", "3月完成主体结构").build();
        Task road = Task.builder().number(2).content("改造农村公路30公里。").addLeadUnits(LeadUnit.of("县交通局"))
                .putExtras("月度工作计划", "完成招标").build();
        return ProgressReport.builder().title("2025年第一季度县政府民生实事项目进展情况").period(period)
                .addEntries(ProgressEntry.of(school, period, Progress.ofPercent(new BigDecimal("50"), "50%(马站未开工")))
                .addEntries(ProgressEntry.of(road, period, Progress.parse("正常推进")))
                .build();
    }

    /** A table that names no period anywhere. */
    static ProgressReport withoutPeriod() {
        Category plain = Category.of("民生实事");
        Task water = task(1, plain, "完成老旧管网改造10公里。", "区住建局");
        Task park = task(2, plain, "新建口袋公园3个。", "区城管局");
        return ProgressReport.builder().title("拱墅区民生实事项目进展情况").region("杭州市拱墅区")
                .addEntries(ProgressEntry.of(water, Optional.empty(), Progress.parse("45%")))
                .addEntries(ProgressEntry.of(park, Optional.empty(), Progress.parse("已完成")))
                .build();
    }

    /** A numbered task of a category with one lead unit. */
    private static Task task(int number, Category category, String content, String leadUnit) {
        return Task.builder().number(number).category(category).content(content).addLeadUnits(LeadUnit.of(leadUnit)).build();
    }
}
