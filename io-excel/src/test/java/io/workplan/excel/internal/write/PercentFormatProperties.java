package io.workplan.excel.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.Progress;
import io.workplan.testkit.WorkplanArbitraries;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.DataFormatter;

class PercentFormatProperties {
    private final PercentFormat percents = new PercentFormat();
    private final DataFormatter shown = new DataFormatter(Locale.ROOT);

    @Property(tries = 500)
    void aPublishedPercentageIsANumberThatShowsItsTextAndHoldsItsExactValue(@ForAll("percents") BigDecimal percent) {
        Progress progress = Progress.parse(percent.toPlainString() + "%");

        PercentFormat.PercentCell cell = percents.percentCell(progress).orElseThrow();

        assertThat(shown.formatRawCellContents(cell.value(), -1, cell.format())).isEqualTo(progress.text());
        assertThat(new BigDecimal(Double.toString(cell.value()))).isEqualByComparingTo(percent.movePointLeft(2));
        assertThat(cell.format()).endsWith("%").hasSize(percent.scale() == 0 ? 2 : 3 + percent.scale());
    }

    @Property(tries = 500)
    void anyOtherProgressIsText(@ForAll("progress") Progress progress) {
        Optional<PercentFormat.PercentCell> cell = percents.percentCell(progress);

        if (cell.isPresent()) {
            assertThat(progress.kind()).isEqualTo(Progress.Kind.PERCENT);
            assertThat(progress.text()).isEqualTo(progress.percent().orElseThrow().toPlainString() + "%");
        }
    }

    @Example
    void spellingsThatAFormatCannotShowStayText() {
        for (String text : new String[] {"５２％", "53.6 %", "053%", "53.6％", " 52%", "1.2345678901234567%", "完成全年任务的78%"}) {
            assertThat(percents.percentCell(Progress.parse(text))).as(text).isEmpty();
        }
        assertThat(percents.percentCell(Progress.parse("145.25%")).orElseThrow().value()).isEqualTo(1.4525);
        assertThat(percents.percentCell(Progress.parse("0.00%")).orElseThrow().format()).isEqualTo("0.00%");
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return WorkplanArbitraries.percents();
    }

    @Provide
    Arbitrary<Progress> progress() {
        return WorkplanArbitraries.progress();
    }
}
