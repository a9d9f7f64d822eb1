package io.workplan.core;

import io.workplan.core.internal.Checks;
import io.workplan.core.internal.Text;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * listed twice is listed once. The headers of the {@linkplain #extras() extra columns} lose blanks at
 * both ends, their values too; an extra column whose value is blank is left out.
 *
 * <h2>Category</h2>
 *
 * Many tables have no category column: their tasks have no {@linkplain #category() category}. A
 * table may also list tasks before its first category; a report can mix tasks with and without one.
 *
 * <h2>Extra columns</h2>
 *
 * Real tables carry columns no attribute of a task reads (责任人, 时间节点, 月度工作计划, 年度目标, 实际完成情况,
 * …). They are kept, never dropped: {@link #extras()} maps each such column's header, as published,
 * to the task's cell, in the table's order of columns. They are part of the task's identity: two
 * tasks that differ only in an extra cell are two tasks.
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
        return new Builder();
    }

    /**
     * The running number (序号), when the table has one. The sub-items of one numbered item (its 序号
     * merged over several rows, each row a task) share the item's number, listed one after another
     * in the report.
     *
     * @return the number, 1 or more
     */
    public abstract OptionalInt number();

    /**
     * The category (项目名称) the task is listed under, when the table has one.
     *
     * @return the category, absent for a table without a category column or a row before the first
     *     category
     * @since 0.1.0
     */
    public abstract Optional<Category> category();

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

    /**
     * The cells of the columns no attribute reads (责任人, 时间节点, 月度工作计划, …): each column's header as
     * published → the task's cell, as text, in the table's order of columns.
     *
     * @return the extra cells, none blank, possibly none
     * @since 0.1.0
     */
    public abstract Map<String, String> extras();

    @Value.Check
    Task normalize() {
        Checks checks = new Checks()
                .require(!Text.isBlank(content()), "content", "a task's content must not be blank")
                .require(number().orElse(1) >= 1, "number", () -> "a task's number must be 1 or more, was " + number().orElse(0));
        Map<String, String> extras = extras().isEmpty() ? extras() : normalExtras(checks);
        checks.throwIfAny("Task");
        String content = Text.strip(content());
        Optional<String> leader = leader().map(Text::unwrap).filter(s -> !s.isEmpty());
        Optional<String> remark = remark().map(Text::strip).filter(s -> !s.isEmpty());
        List<LeadUnit> leads = distinct(leadUnits());
        List<LeadUnit> responsible = distinct(responsibleUnits());
        if (content.equals(content()) && leader.equals(leader()) && remark.equals(remark())
                && leads.equals(leadUnits()) && responsible.equals(responsibleUnits()) && extras == extras()) {
            return this;
        }
        return builder().from(this).content(content).leader(leader).remark(remark)
                .leadUnits(leads).responsibleUnits(responsible).extras(extras).build();
    }

    /**
     * The extras with stripped headers and values, blank values left out; a blank header, or two that
     * are one once stripped, recorded as problems. The map itself when it is normal already.
     */
    private Map<String, String> normalExtras(Checks checks) {
        Map<String, String> normal = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, String> extra : extras().entrySet()) {
            String header = Text.strip(extra.getKey());
            String value = Text.strip(extra.getValue());
            checks.require(!header.isEmpty(), "extras", "the header of an extra column must not be blank");
            checks.require(header.isEmpty() || !normal.containsKey(header), () -> "extras." + header,
                    () -> "the extra column '" + header + "' is given twice");
            changed |= !header.equals(extra.getKey()) || !value.equals(extra.getValue());
            if (!header.isEmpty() && !value.isEmpty()) {
                normal.putIfAbsent(header, value);
            } else {
                changed = true;
            }
        }
        return changed ? normal : extras();
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

    /**
     * Builds a {@link Task}; the content is required. One setter per attribute, named as its accessor (which
     * documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()}
     * checks the value and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableTask.Builder {
        Builder() {}
    }
}
