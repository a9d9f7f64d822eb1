package io.workplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A value computed once for each key, and the memo emptied whole once it holds its most. */
class MemoTest {

    /** The keys computed, in order. */
    private final List<String> computed = new ArrayList<>();

    private final Function<String, Integer> length = key -> {
        computed.add(key);
        return key.length();
    };

    @Test
    void aKeptValueIsNotComputedAgain() {
        Memo<String, Integer> memo = new Memo<>(4);

        assertThat(memo.get("50%", length)).isEqualTo(3);
        assertThat(memo.get("已完成", length)).isEqualTo(3);
        assertThat(memo.get("50%", length)).isEqualTo(3);
        assertThat(memo.get("已完成", length)).isEqualTo(3);

        assertThat(computed).containsExactly("50%", "已完成");
    }

    @Test
    void aFullMemoIsEmptiedWholeBeforeItKeepsAnotherValue() {
        Memo<String, Integer> memo = new Memo<>(2);
        memo.get("a", length);
        memo.get("bb", length);
        assertThat(memo.get("a", length)).isEqualTo(1);

        // a third key empties the memo, then is kept alone
        assertThat(memo.get("ccc", length)).isEqualTo(3);
        assertThat(memo.get("ccc", length)).isEqualTo(3);
        assertThat(memo.get("a", length)).isEqualTo(1);
        assertThat(memo.get("bb", length)).isEqualTo(2);

        assertThat(computed).containsExactly("a", "bb", "ccc", "a", "bb");
    }
}
