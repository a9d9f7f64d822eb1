package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A null argument of a public entry point is refused naming the argument, never with the JDK's own text. */
class NullArgumentsTest {
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static final Task TASK = Task.builder().number(1).content("甲。").build();

    private static void names(String argument, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(argument);
    }

    @Test
    void everyStaticEntryPointOfTheModelNamesItsNullArgument() {
        names("cellText", () -> LeadUnit.parseList(null));
        names("cellText", () -> LeadUnit.parseMarked(null));
        names("name", () -> LeadUnit.of(null));
        names("units", () -> LeadUnit.join(null));
        names("all", () -> MarkedUnits.of(null, List.of()));
        names("marked", () -> MarkedUnits.of(List.of(), null));
        names("title", () -> ReportingPeriod.parse(null));
        names("title", () -> ReportingPeriod.parse(null, 2024));
        names("text", () -> ReportingPeriod.of(null));
        names("text", () -> Progress.parse(null));
        names("percent", () -> Progress.ofPercent(null, "50%"));
        names("text", () -> Progress.ofPercent(BigDecimal.TEN, null));
        names("cellText", () -> Category.parse(null));
        names("name", () -> Category.of(null));
        names("enumerator", () -> Category.of(null, "主要经济指标"));
        names("path", () -> Problem.at(null, "why"));
        names("reason", () -> Problem.at("tasks[0]", null));
        names("task", () -> ProgressEntry.of(null, Q2, Progress.parse("50%")));
        names("period", () -> ProgressEntry.of(TASK, (ReportingPeriod) null, Progress.parse("50%")));
        names("progress", () -> ProgressEntry.of(TASK, Optional.of(Q2), null));
    }
}
