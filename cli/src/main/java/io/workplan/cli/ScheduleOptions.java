package io.workplan.cli;

import io.workplan.core.aggregate.ScheduleRule;
import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** The schedule rule of the commands that judge tasks against the schedule. */
final class ScheduleOptions {

    @Option(names = "--expected", paramLabel = "PERCENT", converter = OptionValues.Share.class,
            description = "The expected share (序时进度) in percent, instead of the period's (Q2: 50).")
    BigDecimal expected;

    @Option(names = "--tolerance", paramLabel = "POINTS", defaultValue = "0", converter = OptionValues.Points.class,
            description = "Points below the expected share still on schedule (default: ${DEFAULT-VALUE}).")
    BigDecimal tolerance;

    @Option(names = "--scale", paramLabel = "DECIMALS", defaultValue = "1", converter = OptionValues.Decimals.class,
            description = "Decimals shown for percentages, rounded half-up (default: ${DEFAULT-VALUE}); figures are exact until shown.")
    int scale;

    /** The expected share: --expected, else the report's period's; none for a report without a period. */
    java.util.Optional<BigDecimal> expected(io.workplan.core.ProgressReport report) {
        return expected != null ? java.util.Optional.of(expected) : report.period().map(p -> p.expectedPercent());
    }

    ScheduleRule rule() {
        ScheduleRule rule = ScheduleRule.standard().withTolerance(tolerance);
        return expected == null ? rule : rule.withExpected(expected);
    }
}
