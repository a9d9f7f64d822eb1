/**
 * Aggregation of progress reports, for report generators: statistics, schedule status, groupings,
 * rankings, quarter-over-quarter comparison, a plan's history and data-quality findings.
 *
 * <h2>Where to start</h2>
 *
 * <ul>
 *   <li>{@link io.workplan.core.aggregate.ReportAggregation}: the figures of one report, overall and
 *       grouped (by category, lead unit, schedule status, or a key of yours), and rankings;
 *   <li>{@link io.workplan.core.aggregate.ProgressStatistics}, {@link
 *       io.workplan.core.aggregate.ScheduleSummary} and {@link io.workplan.core.aggregate.Summary}: the
 *       figures of any set of tasks, with {@link java.util.stream.Collector}s for groupings of your own;
 *   <li>{@link io.workplan.core.aggregate.ScheduleRule}: the expected share (序时进度), its overrides and
 *       the tolerance; {@link io.workplan.core.aggregate.ColourScheme}: statuses as colours;
 *   <li>{@link io.workplan.core.aggregate.ReportComparison}: two reports of a plan, quarter over
 *       quarter; {@link io.workplan.core.aggregate.PlanHistory}: several;
 *   <li>{@link io.workplan.core.aggregate.DataQuality}: what a person should look at in a report.
 * </ul>
 *
 * <h2>Figures</h2>
 *
 * Every figure is an exact {@link java.math.BigDecimal}; the one rounding in the API, of a mean that
 * does not terminate, and the rounding for display are those of {@link
 * io.workplan.core.aggregate.Figures}. Every share carries its numerator, its denominator and what
 * was left out of the denominator ({@link io.workplan.core.aggregate.Share}).
 *
 * <h2>Whole reports and reports read entry by entry</h2>
 *
 * {@link io.workplan.core.aggregate.ReportAggregation} sums up a report held in memory; {@link
 * io.workplan.core.aggregate.StreamingAggregation} is fed one entry at a time (a reader's consumer)
 * and holds no task. Both give the same values ({@link io.workplan.core.aggregate.Summary}, {@link
 * io.workplan.core.aggregate.Group}, {@link io.workplan.core.aggregate.Grouping}), through the same
 * accumulators, with the same figures, medians included.
 *
 * <p>The result values are Immutables values in the project's style ({@link
 * io.workplan.core.WorkplanStyle}): built by the aggregation, checked once, every problem reported.
 */
@WorkplanStyle
package io.workplan.core.aggregate;

import io.workplan.core.WorkplanStyle;
