package io.workplan.benchmarks;

import io.workplan.core.Category;
import io.workplan.core.LeadUnit;
import io.workplan.core.ProgressEntry;
import io.workplan.core.ProgressReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a user would write instead of {@link io.workplan.core.aggregate.ReportAggregation}: one loop
 * over the entries, a {@link HashMap} of counters and exact {@link BigDecimal} sums. Nothing else: no
 * median, no schedule status, no order of the groups, no tasks kept per group, and a task without an
 * entry is not counted (the sample reports have none).
 */
final class LoopRollUp {
    private LoopRollUp() {}

    /** The figures of one group. */
    static final class Counter {
        int tasks;
        int withPercent;
        BigDecimal sum = BigDecimal.ZERO;

        void add(ProgressEntry entry) {
            tasks++;
            Optional<BigDecimal> percent = entry.progress().percent();
            if (percent.isPresent()) {
                withPercent++;
                sum = sum.add(percent.get());
            }
        }

        /** The mean to ten decimals, half-up; {@code null} when no task has a percentage. */
        BigDecimal mean() {
            return withPercent == 0 ? null : sum.divide(BigDecimal.valueOf(withPercent), 10, RoundingMode.HALF_UP);
        }
    }

    static Map<Category, Counter> byCategory(ProgressReport report) {
        Map<Category, Counter> groups = new HashMap<>();
        for (ProgressEntry entry : report.entries()) {
            entry.task().category().ifPresent(category -> groups.computeIfAbsent(category, c -> new Counter()).add(entry));
        }
        return groups;
    }

    static Map<LeadUnit, Counter> byLeadUnit(ProgressReport report) {
        Map<LeadUnit, Counter> groups = new HashMap<>();
        for (ProgressEntry entry : report.entries()) {
            for (LeadUnit unit : entry.task().leadUnits()) {
                groups.computeIfAbsent(unit, u -> new Counter()).add(entry);
            }
        }
        return groups;
    }
}
