package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by fuzzing ({@code ExcelReaderFuzzTest#xlsxFile}, input {@code crash-754cbfd…}): a zip
 * whose central directory java.util.zip refuses, and whose local header names the Zstandard
 * method, made Commons Compress (inside POI) look for its optional zstd library: a {@link
 * NoClassDefFoundError} came out of {@code read}. It is now our exception.
 */
class UndecodableZipMethodTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPartInAZipMethodThatCannotBeDecodedIsOurException(boolean streaming) throws Exception {
        Path file = dir.resolve("zstd.xlsx");
        Files.copy(Path.of(getClass().getResource(
                "ExcelReaderFuzzTestInputs/xlsxFile/crash-754cbfd9705c462bffb285856b7b7fbdd499ba3b").toURI()), file);
        ExcelException e = catchThrowableOfType(ExcelException.class,
                () -> ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).build()).read(file));
        assertThat(e).as("our exception").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).containsAnyOf(
                "compressed in a way that Excel never writes", "truncated or damaged"));
    }
}
