package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.sheet.options.OptionChecks;
import org.junit.jupiter.api.Test;

/** The check of the page reader's limits: every one out of range listed at once, each with its words. */
class HtmlReadOptionsTest {

    @Test
    void everyLimitOutOfRangeIsListed() {
        assertThat(OptionChecks.problems("HtmlReadOptions", () -> HtmlReadOptions.builder()
                .maxFileBytes(0).maxDepth(2).maxCellsPerTable(-1).maxCellChars(0).sourceName(" ").build())).containsExactly(
                "maxFileBytes: must be positive, was 0",
                "maxDepth: must be at least 3 (<html>, <body>, <table>), was 2",
                "maxCellsPerTable: must be positive, was -1",
                "maxCellChars: must be positive, was 0",
                "sourceName: must not be blank");
    }
}
