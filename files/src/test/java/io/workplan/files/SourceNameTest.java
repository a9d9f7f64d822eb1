package io.workplan.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.csv.CsvReadOptions;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.html.HtmlReadOptions;
import io.workplan.sheet.options.OptionChecks;
import io.workplan.word.WordReadOptions;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blank source name is refused by the read options of every format, and by those of any file, when
 * they are built: never accepted for one kind of file and refused for another.
 */
class SourceNameTest {

    static Stream<Arguments> options() {
        return Stream.of(
                Arguments.of("FileReadOptions", (Supplier<?>) () -> FileReadOptions.builder().sourceName(" ").build()),
                Arguments.of("ExcelReadOptions", (Supplier<?>) () -> ExcelReadOptions.builder().sourceName("\u3000").build()),
                Arguments.of("HtmlReadOptions", (Supplier<?>) () -> HtmlReadOptions.builder().sourceName("").build()),
                Arguments.of("WordReadOptions", (Supplier<?>) () -> WordReadOptions.builder().sourceName(" \t").build()),
                Arguments.of("CsvReadOptions", (Supplier<?>) () -> CsvReadOptions.builder().sourceName(" ").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    void aBlankSourceNameIsRefused(String type, Supplier<?> build) {
        assertThat(OptionChecks.problems(type, build)).containsExactly("sourceName: must not be blank");
    }
}
