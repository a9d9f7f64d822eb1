package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.ProgressReport;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the bytes, the reader gives a report or our exception with problems, nothing else. */
class HostileInputProperties {

    private static final String GOLDEN = TestFiles.text(TestFiles.GOLDEN_V1 + "every-field.json");
    private static final List<String> NUMBERS = List.of("1e2147483648", "1e-2147483649", "-0", "1E+999999999", "1e400",
            "-1", "1.5", "2147483648");
    /** Where the golden file's number values are: each as its start and end. */
    private static final List<int[]> NUMBER_SPANS = Pattern.compile("(?<=: )-?[0-9][0-9.eE+-]*").matcher(GOLDEN).results()
            .map(m -> new int[] {m.start(), m.end()}).collect(Collectors.toList());

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
        Arbitrary<String> junk = Arbitraries.oneOf(Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "null", "true", "\\",
                "\uD800"), Arbitraries.of(NUMBERS));
        return Arbitraries.oneOf(
                Arbitraries.of(NUMBER_SPANS).flatMap(span -> Arbitraries.of(NUMBERS)
                        .map(n -> GOLDEN.substring(0, span[0]) + n + GOLDEN.substring(span[1]))),
                at.map(i -> GOLDEN.substring(0, i)),
                at.flatMap(i -> junk.map(j -> GOLDEN.substring(0, i) + j + GOLDEN.substring(i))),
                at.flatMap(i -> junk.map(j -> GOLDEN.substring(0, i) + j + GOLDEN.substring(Math.min(GOLDEN.length(), i + 3)))));
    }
}
