package io.workplan.core.aggregate;

import static io.workplan.core.aggregate.Fixtures.ECONOMY;
import static io.workplan.core.aggregate.Fixtures.Q1;
import static io.workplan.core.aggregate.Fixtures.Q2;
import static io.workplan.core.aggregate.Fixtures.Q3;
import static io.workplan.core.aggregate.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.ProgressReport;
import io.workplan.core.ReportingPeriod;
import io.workplan.core.Task;
import io.workplan.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportComparisonTest {

    // Q1: 1 GDP, 2 revenue, 3 investment, 4 emissions
    static final Task GDP_1 = task(1, ECONOMY, "地区生产总值增长5.5%。", "区发改经信局");
    static final Task REVENUE_1 = task(2, ECONOMY, "一般公共预算收入增长与经济增长同步。", "区财政局");
    static final Task INVEST_1 = task(3, ECONOMY, "有效投资完成市下达目标任务。", "区发改经信局");
    static final Task EMISSIONS_1 = task(4, ECONOMY, "节能减排完成市下达目标任务。", "区发改经信局");
    // Q2: revenue dropped; the rest renumbered; investment reworded; a new task at 4
    static final Task GDP_2 = task(1, ECONOMY, "地区生产总值增长5.5%。", "区发改经信局");
    static final Task INVEST_2 = task(2, ECONOMY, "有效投资完成市下达的目标任务。", "区发改经信局");
    static final Task EMISSIONS_2 = task(3, ECONOMY, "节能减排完成市下达目标任务。", "区发改经信局");
    static final Task ENVIRONMENT_2 = task(4, ECONOMY, "环境保护完成市下达目标任务。", "生态环境拱墅分局");

    static final ProgressReport FIRST = Fixtures.report(Q1, GDP_1, "/", REVENUE_1, "26%", INVEST_1, "30%", EMISSIONS_1, "25%");
    static final ProgressReport SECOND = Fixtures.report(Q2, GDP_2, "/", INVEST_2, "28.5%", EMISSIONS_2, "已完成", ENVIRONMENT_2, "60%");

    @Test
    void tasksAreMatchedByContentWhenNumbersChange() {
        ReportComparison c = ReportComparison.of(FIRST, SECOND);
        assertThat(c.changes()).extracting(ch -> ch.match().earlier()).containsExactly(GDP_1, INVEST_1, EMISSIONS_1);
        assertThat(c.changes()).extracting(ch -> ch.match().basis()).containsExactly(
                TaskMatch.Basis.SAME_CONTENT, TaskMatch.Basis.SIMILAR_CONTENT, TaskMatch.Basis.SAME_CONTENT);
        assertThat(c.added()).containsExactly(ENVIRONMENT_2);
        assertThat(c.removed()).containsExactly(REVENUE_1);
    }

    @Test
    void changesAndCounts() {
        ReportComparison c = ReportComparison.of(FIRST, SECOND);
        TaskChange invest = c.changes().get(1);
        assertThat(invest.change()).contains(new BigDecimal("-1.5"));
        assertThat(invest.direction()).isEqualTo(TaskChange.Direction.DECLINED);
        assertThat(c.wentDown()).containsExactly(invest);
        assertThat(c.newlyCompleted()).extracting(ch -> ch.match().later()).containsExactly(EMISSIONS_2);
        assertThat(c.count(TaskChange.Direction.IMPROVED)).isEqualTo(1);
        assertThat(c.count(TaskChange.Direction.UNCHANGED)).as("/ and /").isEqualTo(1);
        assertThat(c.count(TaskChange.Direction.DECLINED)).isEqualTo(1);
        assertThat(c.counts().keySet()).containsExactly(TaskChange.Direction.values());
        assertThat(c.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(c.changes().size());
    }

    @Test
    void aComparisonSaysItsFiguresInOneLine() {
        assertThat(ReportComparison.of(FIRST, SECOND)).hasToString("ReportComparison[2024年第一季度 → 2024年第二季度: 3 matched "
                + "(improved 1, unchanged 1, declined 1, not comparable 0), 1 added, 1 removed, 1 newly completed, 1 went down]");
    }

    @Test
    void theSameNumberMatchesWhenTheContentAgrees() {
        Task before = task(7, ECONOMY, "深化与中国科学院政产学研合作,预研落地大科学装置。", "区科技局");
        Task after = task(7, ECONOMY, "深化与中国科学院合作,落地空应中心大科学装置项目。", "区科技局");
        List<TaskMatch> m = TaskMatcher.standard().match(List.of(before), List.of(after));
        assertThat(m).singleElement().satisfies(x -> assertThat(x.basis()).isEqualTo(TaskMatch.Basis.SAME_NUMBER));
        Task unrelated = task(7, ECONOMY, "贯彻政府信息公开条例,建设阳光政府。", "区政府办");
        assertThat(TaskMatcher.standard().match(List.of(before), List.of(unrelated))).isEmpty();
    }

    @Test
    void similarityIsDiceOfBigrams() {
        assertThat(TaskMatcher.similarity("推进建设", "推进建设。")).isEqualByComparingTo("1");
        assertThat(TaskMatcher.similarity("甲乙丙", "乙丙丁")).isEqualByComparingTo("0.5");
        assertThat(TaskMatcher.similarity("甲乙", "丙丁")).isEqualByComparingTo("0");
        assertThat(TaskMatcher.similarity("５２％", "52%")).isEqualByComparingTo("1");
    }

    @Test
    void aPlansHistoryFollowsEachTaskThroughTheYear() {
        Task invest3 = task(1, ECONOMY, "有效投资完成市下达的目标任务。", "区发改经信局");
        Task gdp3 = task(2, ECONOMY, "地区生产总值增长5.5%。", "区发改经信局");
        ProgressReport third = Fixtures.report(Q3, invest3, "80%", gdp3, "/");
        PlanHistory h = PlanHistory.of(List.of(third, FIRST, SECOND));
        assertThat(h.periods()).containsExactly(Q1, Q2, Q3);
        assertThat(h.tasks()).extracting(TaskHistory::latest)
                .containsExactly(gdp3, REVENUE_1, invest3, EMISSIONS_2, ENVIRONMENT_2);
        TaskHistory invest = h.tasks().get(2);
        assertThat(invest.entries()).extracting(e -> e.progress().text()).containsExactly("30%", "28.5%", "80%");
        assertThat(invest.entryIn(Q2).orElseThrow().task()).isEqualTo(INVEST_2);
        assertThat(h.tasks().get(1).entries()).extracting(e -> e.period().orElseThrow()).containsExactly(Q1);
    }

    @Test
    void aHistoryRefusesOtherYearsAndRepeatedPeriods() {
        ProgressReport lastYear = Fixtures.report(ReportingPeriod.quarter(2023, 4), GDP_1, "/");
        assertThatThrownBy(() -> PlanHistory.of(List.of(FIRST, lastYear, FIRST)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path().orElseThrow())
                        .containsExactly("reports[1].period", "reports[2].period"));
        assertThatThrownBy(() -> PlanHistory.of(List.of())).isInstanceOf(ValidationException.class);
    }
}
