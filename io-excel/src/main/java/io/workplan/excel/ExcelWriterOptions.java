package io.workplan.excel;

import io.workplan.core.aggregate.ColourScheme;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.TrafficLight;
import io.workplan.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How {@link ExcelWriter} writes a report: whether runs of equal cells are merged and whether the
 * summary sheets are added. An immutable value; build with {@link #builder()}, which checks every
 * setting at once and throws a {@link io.workplan.core.ValidationException} listing each one that
 * is wrong (a row window under 1, a colour not written {@code RRGGBB}).
 *
 * <pre>{@code
 * ExcelWriterOptions options = ExcelWriterOptions.builder()
 *     .mergeRuns(false)      // write the number, category and lead units again on every row
 *     .summarySheets(false)  // the official sheet only
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExcelWriterOptions {
    private static final Pattern RGB = Pattern.compile("#?[0-9A-Fa-f]{6}");
    private static final ColourScheme<String> TRAFFIC_LIGHTS = trafficLights();
    private static final ExcelWriterOptions DEFAULTS = builder().build();

    ExcelWriterOptions() {}

    private static ColourScheme<String> trafficLights() {
        return ColourScheme.trafficLights().map(ExcelWriterOptions::rgb).notAssessable("D9D9D9");
    }

    private static String rgb(TrafficLight light) {
        switch (light) {
            case GREEN:
                return "C6EFCE";
            case AMBER:
                return "FFEB9C";
            case RED:
                return "FFC7CE";
            default:
                throw new AssertionError(light);
        }
    }

    /**
     * The defaults: runs merged, summary sheets, a window of 200 rows, the standard rule, traffic
     * lights.
     *
     * @return the default options
     */
    public static ExcelWriterOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A new builder, starting from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the cells of the number (序号, the sub-items of one numbered item), the category (项目名称)
     * and the lead units (牵头单位) are merged over runs of consecutive tasks with equal values, as
     * official sheets are (a blank number never is); otherwise every row holds its own values, but a
     * sub-item's number, which is blank under its item's (written again, it would read as a
     * duplicate). Default {@code true}.
     *
     * @return whether runs are merged
     */
    @Value.Default
    public boolean mergeRuns() {
        return true;
    }

    /**
     * Whether the summary sheets (by category, with a bar chart in .xlsx, and by lead unit) follow
     * the official sheet. Default {@code true}.
     *
     * @return whether summary sheets are written
     */
    @Value.Default
    public boolean summarySheets() {
        return true;
    }

    /**
     * How many rows of a .xlsx sheet are kept in memory while writing; older rows are flushed to a
     * temporary file. Default 200.
     *
     * @return the number of rows
     */
    @Value.Default
    public int rowWindow() {
        return 200;
    }

    /**
     * How the summary sheets judge tasks against the schedule (序时进度 and tolerance). Default
     * {@link ScheduleRule#standard()}: the period's expected share, no tolerance.
     *
     * @return the rule
     */
    @Value.Default
    public ScheduleRule scheduleRule() {
        return ScheduleRule.standard();
    }

    /**
     * The colours of the summary sheets, each {@code RRGGBB}: the mean progress of a group is filled
     * with the colour the scheme gives a task of that progress, and the headers of the status columns
     * with the colours of those statuses. Default: {@link ColourScheme#trafficLights()} as green
     * {@code C6EFCE}, amber {@code FFEB9C} and red {@code FFC7CE}, with grey {@code D9D9D9} for tasks
     * not assessable.
     *
     * @return the scheme
     */
    @Value.Default
    public ColourScheme<String> colourScheme() {
        return TRAFFIC_LIGHTS;
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        checks.require(rowWindow() >= 1, "rowWindow", () -> "the row window must be 1 or more, was " + rowWindow());
        ColourScheme<String> scheme = colourScheme();
        List<String> colours = new ArrayList<>(List.of(scheme.notBehind(), scheme.beyond()));
        scheme.bands().forEach(b -> colours.add(b.colour()));
        scheme.notAssessableColour().ifPresent(colours::add);
        for (String colour : colours) {
            checks.require(RGB.matcher(colour).matches(), "colourScheme", () -> "a colour must be written RRGGBB, was " + colour);
        }
        checks.throwIfAny("ExcelWriterOptions");
    }

    /**
     * Builds {@link ExcelWriterOptions}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableExcelWriterOptions.Builder {
        Builder() {}
    }
}
