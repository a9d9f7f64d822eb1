package io.workplan.excel;

import io.workplan.core.aggregate.ColourScheme;
import io.workplan.core.aggregate.ScheduleRule;
import io.workplan.core.aggregate.TrafficLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How {@link ExcelWriter} writes a report: whether runs of equal cells are merged and whether the
 * summary sheets are added. Immutable; build with {@link #builder()}.
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
public final class ExcelWriterOptions {
    private static final Pattern RGB = Pattern.compile("#?[0-9A-Fa-f]{6}");
    private static final ColourScheme<String> TRAFFIC_LIGHTS = trafficLights();
    private static final ExcelWriterOptions DEFAULTS = builder().build();

    private final boolean mergeRuns;
    private final boolean summarySheets;
    private final int rowWindow;
    private final ScheduleRule scheduleRule;
    private final ColourScheme<String> colourScheme;

    private ExcelWriterOptions(Builder builder) {
        this.mergeRuns = builder.mergeRuns;
        this.summarySheets = builder.summarySheets;
        this.rowWindow = builder.rowWindow;
        this.scheduleRule = builder.scheduleRule;
        this.colourScheme = builder.colourScheme;
    }

    /** Red / amber / green as Excel's own highlight fills, grey for tasks not assessable. */
    private static ColourScheme<String> trafficLights() {
        ColourScheme<TrafficLight> rag = ColourScheme.trafficLights();
        List<ColourScheme.Band<String>> bands = new ArrayList<>();
        rag.bands().forEach(b -> bands.add(new ColourScheme.Band<>(b.upTo(), rgb(b.colour()))));
        return new ColourScheme<>(rgb(rag.notBehind()), bands, rgb(rag.beyond()), Optional.of("D9D9D9"));
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
     * The defaults: runs merged, summary sheets added, a window of 200 rows.
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
    public boolean mergeRuns() {
        return mergeRuns;
    }

    /**
     * Whether the summary sheets (by category, with a bar chart in .xlsx, and by lead unit) follow
     * the official sheet. Default {@code true}.
     *
     * @return whether summary sheets are written
     */
    public boolean summarySheets() {
        return summarySheets;
    }

    /**
     * How many rows of a .xlsx sheet are kept in memory while writing; older rows are flushed to a
     * temporary file. Default 200.
     *
     * @return the number of rows
     */
    public int rowWindow() {
        return rowWindow;
    }

    /**
     * How the summary sheets judge tasks against the schedule (序时进度 and tolerance). Default
     * {@link ScheduleRule#standard()}: the period's expected share, no tolerance.
     *
     * @return the rule
     */
    public ScheduleRule scheduleRule() {
        return scheduleRule;
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
    public ColourScheme<String> colourScheme() {
        return colourScheme;
    }

    /** Builds {@link ExcelWriterOptions}. */
    public static final class Builder {
        private boolean mergeRuns = true;
        private boolean summarySheets = true;
        private int rowWindow = 200;
        private ScheduleRule scheduleRule = ScheduleRule.standard();
        private ColourScheme<String> colourScheme = TRAFFIC_LIGHTS;

        private Builder() {}

        /**
         * @param mergeRuns see {@link ExcelWriterOptions#mergeRuns()}
         * @return this builder
         */
        public Builder mergeRuns(boolean mergeRuns) {
            this.mergeRuns = mergeRuns;
            return this;
        }

        /**
         * @param summarySheets see {@link ExcelWriterOptions#summarySheets()}
         * @return this builder
         */
        public Builder summarySheets(boolean summarySheets) {
            this.summarySheets = summarySheets;
            return this;
        }

        /**
         * @param rowWindow see {@link ExcelWriterOptions#rowWindow()}
         * @return this builder
         * @throws IllegalArgumentException when the window is less than 1
         */
        public Builder rowWindow(int rowWindow) {
            if (rowWindow < 1) {
                throw new IllegalArgumentException("the row window must be 1 or more, was " + rowWindow);
            }
            this.rowWindow = rowWindow;
            return this;
        }

        /**
         * @param scheduleRule see {@link ExcelWriterOptions#scheduleRule()}
         * @return this builder
         */
        public Builder scheduleRule(ScheduleRule scheduleRule) {
            this.scheduleRule = Objects.requireNonNull(scheduleRule, "scheduleRule");
            return this;
        }

        /**
         * @param colourScheme see {@link ExcelWriterOptions#colourScheme()}
         * @return this builder
         * @throws IllegalArgumentException when a colour is not {@code RRGGBB}
         */
        public Builder colourScheme(ColourScheme<String> colourScheme) {
            List<String> colours = new ArrayList<>(List.of(colourScheme.notBehind(), colourScheme.beyond()));
            colourScheme.bands().forEach(b -> colours.add(b.colour()));
            colourScheme.notAssessableColour().ifPresent(colours::add);
            for (String colour : colours) {
                if (!RGB.matcher(colour).matches()) {
                    throw new IllegalArgumentException("a colour must be written RRGGBB, was " + colour);
                }
            }
            this.colourScheme = colourScheme;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public ExcelWriterOptions build() {
            return new ExcelWriterOptions(this);
        }
    }
}
