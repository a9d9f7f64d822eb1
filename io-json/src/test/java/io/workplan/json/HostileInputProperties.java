package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the bytes, the reader gives a report or our exception with problems, nothing else. */
class HostileInputProperties {

    private static final String GOLDEN = TestFiles.text(TestFiles.GOLDEN_V1 + "every-field.json");

    @Property(tries = 2_000)
    void damagedDocumentsGiveAReportOrOurException(@ForAll("damaged") String json) {
        try {
            ProgressReport report = JsonReader.create().readString(json);
            assertThat(report.title()).isNotBlank();
        } catch (JsonException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, GOLDEN.length() - 1);
        Arbitrary<String> junk = Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "null", "1.5", "-1", "1e400", "true", "\\", "\uD800");
        return Arbitraries.oneOf(
                at.map(i -> GOLDEN.substring(0, i)),
                at.flatMap(i -> junk.map(j -> GOLDEN.substring(0, i) + j + GOLDEN.substring(i))),
                at.flatMap(i -> junk.map(j -> GOLDEN.substring(0, i) + j + GOLDEN.substring(Math.min(GOLDEN.length(), i + 3)))));
    }
}
