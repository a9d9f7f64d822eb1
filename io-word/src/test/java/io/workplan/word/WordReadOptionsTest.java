package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.sheet.options.OptionChecks;
import org.junit.jupiter.api.Test;

/** The check of the Word reader's limits: every one out of range listed at once, each with its words. */
class WordReadOptionsTest {

    @Test
    void everyLimitOutOfRangeIsListed() {
        assertThat(OptionChecks.problems("WordReadOptions", () -> WordReadOptions.builder()
                .maxPartBytes(0).maxInflateRatio(0.5).maxEntries(-1).sourceName("").build())).containsExactly(
                "maxPartBytes: must be positive, was 0",
                "maxInflateRatio: must be 1 or more, was 0.5",
                "maxEntries: must be positive, was -1",
                "sourceName: must not be blank");
    }
}
