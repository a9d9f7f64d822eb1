/**
 * The work-plan progress domain.
 *
 * <h2>The values</h2>
 *
 * <ul>
 *   <li>{@link io.workplan.core.ProgressReport}: one published table (title, period, categories,
 *       tasks and their progress entries);
 *   <li>{@link io.workplan.core.Task}: a row's task, in its {@link io.workplan.core.Category} (项目名称),
 *       with its {@link io.workplan.core.LeadUnit}s (牵头单位);
 *   <li>{@link io.workplan.core.Progress}: what the progress column (完成进度) says, parsed from its
 *       text by {@link io.workplan.core.Progress#parse(String)};
 *   <li>{@link io.workplan.core.ReportingPeriod}: the year and quarter, half, month or whole year, with
 *       its expected share of the year (序时进度);
 *   <li>{@link io.workplan.core.ProgressEntry}: a task's progress in a period.
 * </ul>
 *
 * <p>All values are immutable and built with builders reached from the abstract type ({@code
 * Task.builder()}); invalid values are refused with a {@link io.workplan.core.ValidationException}
 * that lists every problem at once.
 */
@WorkplanStyle
package io.workplan.core;
