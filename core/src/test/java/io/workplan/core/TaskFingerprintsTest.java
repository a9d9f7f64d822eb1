package io.workplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A task's identity: every attribute counts, equal tasks agree, and the set finds what it saw. */
class TaskFingerprintsTest {

    private static final Task BASE = Task.builder().number(3).category(Category.of("(一)", "主要经济指标"))
            .content("有效投资完成市下达目标任务。").leader("张三").addLeadUnits(LeadUnit.of("区发改经信局"))
            .addResponsibleUnits(LeadUnit.of("区财政局")).remark("备注").putExtras("责任人", "李四").build();

    /** One change of each attribute, by name of the attribute. */
    private static final Map<String, UnaryOperator<Task.Builder>> CHANGES = Map.of(
            "number", b -> b.number(4),
            "category", b -> b.category(Category.of("(一)", "改革开放")),
            "content", b -> b.content("另一项任务。"),
            "leader", b -> b.leader("王五"),
            "leadUnits", b -> b.leadUnits(List.of(LeadUnit.of("区财政局"))),
            "responsibleUnits", b -> b.responsibleUnits(List.of()),
            "remark", b -> b.remark("另一备注"),
            "extras", b -> b.extras(Map.of("责任人", "赵六")));

    @Test
    void everyAttributeOfATaskIsPartOfItsIdentity() {
        long base = TaskFingerprints.fingerprint(BASE);
        for (Map.Entry<String, UnaryOperator<Task.Builder>> change : CHANGES.entrySet()) {
            Task changed = change.getValue().apply(Task.builder().from(BASE)).build();
            assertThat(changed).as(change.getKey()).isNotEqualTo(BASE);
            assertThat(TaskFingerprints.fingerprint(changed)).as(change.getKey()).isNotEqualTo(base);
        }
        // An attribute added to Task without a change here fails: the fingerprint covers it already, this test must too.
        String[] attributes = Arrays.stream(BASE.getClass().getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()))
                .map(Field::getName).sorted().toArray(String[]::new);
        assertThat(CHANGES.keySet()).containsExactlyInAnyOrder(attributes);
    }

    @Test
    void equalTasksHaveEqualFingerprintsWhateverTheOrderOfTheirExtras() {
        Map<String, String> oneOrder = new LinkedHashMap<>();
        oneOrder.put("责任人", "李四");
        oneOrder.put("时间节点", "6月底");
        Map<String, String> otherOrder = new LinkedHashMap<>();
        otherOrder.put("时间节点", "6月底");
        otherOrder.put("责任人", "李四");
        Task one = Task.builder().from(BASE).extras(oneOrder).build();
        Task other = Task.builder().from(BASE).extras(otherOrder).build();

        assertThat(one).isEqualTo(other);
        assertThat(TaskFingerprints.fingerprint(one)).isEqualTo(TaskFingerprints.fingerprint(other));
        assertThat(TaskFingerprints.fingerprint(Task.builder().from(BASE).build())).isEqualTo(TaskFingerprints.fingerprint(BASE));
    }

    @Test
    void partsOfOneTextAreNotTakenForTwoAttributes() {
        Task leaderAndRemark = Task.builder().from(BASE).leader("张").remark("三备注").build();
        Task otherSplit = Task.builder().from(BASE).leader("张三").remark("备注").build();

        assertThat(TaskFingerprints.fingerprint(leaderAndRemark)).isNotEqualTo(TaskFingerprints.fingerprint(otherSplit));
    }

    @Test
    void theSetGivesTheFirstIndexOfATaskSeenBefore() {
        TaskFingerprints seen = new TaskFingerprints();
        for (int i = 0; i < 1000; i++) {
            Task task = Task.builder().from(BASE).number(i + 1).build();
            assertThat(seen.firstIndexOf(task, i)).isEqualTo(-1);
        }
        assertThat(seen.firstIndexOf(Task.builder().from(BASE).number(500).build(), 2000)).isEqualTo(499);
        assertThat(seen.firstIndexOf(0L, 7)).isEqualTo(-1);
        assertThat(seen.firstIndexOf(0L, 8)).isEqualTo(7);
        assertThat(seen.size()).isEqualTo(1001);
    }

    @Test
    void aNullTaskIsRefusedByName() {
        assertThatThrownBy(() -> TaskFingerprints.fingerprint(null)).isInstanceOf(NullPointerException.class).hasMessage("task");
    }
}
