package io.workplan.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProgressStatisticsTest {

    private static ProgressStatistics of(String... texts) {
        return Stream.of(texts).map(Progress::parse).collect(ProgressStatistics.progressCollector());
    }

    @Test
    void figuresOfAMixedSet() {
        ProgressStatistics s = of("52%", "53.6%", "/", "已完成", "145%", "完成全年任务的78%", "全年数据未出");
        assertThat(s.tasks()).isEqualTo(7);
        assertThat(s.withPercent()).isEqualTo(4);
        assertThat(s.sum()).isEqualTo(new BigDecimal("328.6"));
        assertThat(s.mean()).contains(new BigDecimal("82.15"));
        assertThat(s.median()).contains(new BigDecimal("65.8"));
        assertThat(s.min()).contains(new BigDecimal("52"));
        assertThat(s.max()).contains(new BigDecimal("145"));
        assertThat(s.completed()).isEqualTo(2);
        assertThat(s.aboveHundred()).isEqualTo(1);
        assertThat(s.count(Progress.Kind.PERCENT)).isEqualTo(3);
        assertThat(s.count(Progress.Kind.NARRATIVE)).isEqualTo(1);
        assertThat(s.count(Progress.Kind.ON_SCHEDULE)).isZero();
    }

    @Test
    void aNonTerminatingMeanIsRoundedHalfUpToTenDecimals() {
        ProgressStatistics s = of("50%", "50%", "51%");
        assertThat(s.mean()).contains(new BigDecimal("50.3333333333"));
        assertThat(of("50%", "51%", "51%").mean()).contains(new BigDecimal("50.6666666667"));
        assertThat(Figures.display(s.mean().orElseThrow(), 1)).isEqualTo(new BigDecimal("50.3"));
    }

    @Test
    void aMeanKeepsTheScaleOfItsFigures() {
        assertThat(of("50%", "50%").mean()).contains(new BigDecimal("50"));
        assertThat(of("50.00%", "51.00%").mean()).contains(new BigDecimal("50.50"));
        assertThat(of("0.000000000011%", "0.000000000012%", "0.000000000012%").mean())
                .contains(new BigDecimal("0.000000000012"));
    }

    @Test
    void sharesSayWhatWasLeftOut() {
        ProgressStatistics s = of("52%", "/", "145%");
        Share above = s.aboveHundredShare();
        assertThat(above.numerator()).isEqualTo(1);
        assertThat(above.denominator()).isEqualTo(2);
        assertThat(above.leftOut()).containsExactly(Share.Exclusion.of("without a percentage", 1));
        assertThat(above.toString()).isEqualTo("1 of 2 (50.0%), left out: without a percentage: 1");
        assertThat(s.percentShare().leftOut()).isEmpty();
        assertThat(s.percentShare().percent(2)).contains(new BigDecimal("66.67"));
    }

    @Test
    void noTaskHasNoFigures() {
        ProgressStatistics s = ProgressStatistics.empty();
        assertThat(s.mean()).isEmpty();
        assertThat(s.median()).isEmpty();
        assertThat(s.percentShare().percent(1)).isEmpty();
    }
}
