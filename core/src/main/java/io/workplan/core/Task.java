package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A task of the work report (主要工作内容): a row of the table, without its progress (see {@link
 * ProgressEntry}).
 *
 * <pre>{@code
 * Task task = Task.builder()
 *     .number(3)
 *     .category(Category.of("主要经济指标"))
 *     .content("有效投资完成市下达目标任务。")
 *     .addLeadUnits(LeadUnit.of("区发改经信局"))
 *     .build();
 * }</pre>
 *
 * <h2>Normalisation</h2>
 *
 * The content and the remark lose blanks at both ends (line breaks inside are kept); the leading
 * official is {@linkplain Text#unwrap(String) unwrapped}; a blank leader or remark is absent; a unit
 * listed twice is listed once.
 *
 * <h2>Lead units</h2>
 *
 * A task normally has one or more lead units. Real tables sometimes leave the cell empty, so a task
 * without lead units can be built: readers report it as a warning, and the data-quality findings of
 * the aggregation list it.
 *
 * @since 0.1.0
 */
@Value.Immutable(lazyhash = true)
public abstract class Task {

    /** The longest list of units checked for repeats pair by pair. */
    private static final int SHORT_LIST = 8;

    Task() {}

    /**
     * A new builder.
     *
     * @return a builder of tasks
     */
    public static Builder builder() {
        return ImmutableTask.builder();
    }

    /**
     * The running number (序号), when the table has one.
     *
     * @return the number, 1 or more
     */
    public abstract OptionalInt number();

    /**
     * The category (项目名称) the task is listed under.
     *
     * @return the category
     */
    public abstract Category category();

    /**
     * What is to be done (主要工作内容), as written; it may contain figures and {@code %} of its own
     * ({@code 地区生产总值增长5.5%。}), which are not progress.
     *
     * @return the content, never blank
     */
    public abstract String content();

    /**
     * The leading official (牵头领导), a person's name.
     *
     * @return the leader, when the table names one
     */
    public abstract Optional<String> leader();

    /**
     * The lead units (牵头单位), in the order of the table.
     *
     * @return the lead units, normally one or more
     */
    public abstract List<LeadUnit> leadUnits();

    /**
     * The responsible units (责任单位) when the table lists them beside the lead units.
     *
     * @return the responsible units, possibly none
     */
    public abstract List<LeadUnit> responsibleUnits();

    /**
     * The remark (备注).
     *
     * @return the remark, when there is one
     */
    public abstract Optional<String> remark();

    @Value.Check
    Task normalize() {
        new Checks()
                .require(!Text.isBlank(content()), "content", "a task's content must not be blank")
                .require(number().orElse(1) >= 1, "number", () -> "a task's number must be 1 or more, was " + number().orElse(0))
                .throwIfAny("Task");
        String content = Text.strip(content());
        Optional<String> leader = leader().map(Text::unwrap).filter(s -> !s.isEmpty());
        Optional<String> remark = remark().map(Text::strip).filter(s -> !s.isEmpty());
        List<LeadUnit> leads = distinct(leadUnits());
        List<LeadUnit> responsible = distinct(responsibleUnits());
        if (content.equals(content()) && leader.equals(leader()) && remark.equals(remark())
                && leads.equals(leadUnits()) && responsible.equals(responsibleUnits())) {
            return this;
        }
        return builder().from(this).content(content).leader(leader).remark(remark)
                .leadUnits(leads).responsibleUnits(responsible).build();
    }

    /**
     * The units each once, in order: the list itself when a short list (the usual case) lists no
     * unit twice, found without hashing.
     */
    private static List<LeadUnit> distinct(List<LeadUnit> units) {
        if (units.size() > SHORT_LIST) {
            List<LeadUnit> distinct = List.copyOf(new LinkedHashSet<>(units));
            return distinct.size() == units.size() ? units : distinct;
        }
        for (int i = 1; i < units.size(); i++) {
            if (units.subList(0, i).contains(units.get(i))) {
                return List.copyOf(new LinkedHashSet<>(units));
            }
        }
        return units;
    }

    /** Builds a {@link Task}; category and content are required. */
    public interface Builder {
        /**
         * Copies every attribute of a task.
         *
         * @param task the task to copy
         * @return this builder
         */
        Builder from(Task task);

        /**
         * @param number see {@link Task#number()}
         * @return this builder
         */
        Builder number(int number);

        /**
         * @param number see {@link Task#number()}
         * @return this builder
         */
        Builder number(OptionalInt number);

        /**
         * @param category see {@link Task#category()}
         * @return this builder
         */
        Builder category(Category category);

        /**
         * @param content see {@link Task#content()}
         * @return this builder
         */
        Builder content(String content);

        /**
         * @param leader see {@link Task#leader()}
         * @return this builder
         */
        Builder leader(String leader);

        /**
         * @param leader see {@link Task#leader()}
         * @return this builder
         */
        Builder leader(Optional<String> leader);

        /**
         * Adds a lead unit.
         *
         * @param unit a lead unit
         * @return this builder
         */
        Builder addLeadUnits(LeadUnit unit);

        /**
         * Adds lead units.
         *
         * @param units lead units
         * @return this builder
         */
        Builder addLeadUnits(LeadUnit... units);

        /**
         * Replaces the lead units.
         *
         * @param units see {@link Task#leadUnits()}
         * @return this builder
         */
        Builder leadUnits(Iterable<? extends LeadUnit> units);

        /**
         * Adds a responsible unit.
         *
         * @param unit a responsible unit
         * @return this builder
         */
        Builder addResponsibleUnits(LeadUnit unit);

        /**
         * Adds responsible units.
         *
         * @param units responsible units
         * @return this builder
         */
        Builder addResponsibleUnits(LeadUnit... units);

        /**
         * Replaces the responsible units.
         *
         * @param units see {@link Task#responsibleUnits()}
         * @return this builder
         */
        Builder responsibleUnits(Iterable<? extends LeadUnit> units);

        /**
         * @param remark see {@link Task#remark()}
         * @return this builder
         */
        Builder remark(String remark);

        /**
         * @param remark see {@link Task#remark()}
         * @return this builder
         */
        Builder remark(Optional<String> remark);

        /**
         * Builds the task.
         *
         * @return the task
         * @throws ValidationException listing every problem: a missing category or content, blank
         *     content, a number below 1
         */
        Task build();
    }
}
