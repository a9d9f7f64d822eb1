package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.ValidationException;
import io.workplan.excel.corpus.ExcelCorpus;
import io.workplan.excel.corpus.XlsxParts;
import io.workplan.excel.internal.read.WorkbookFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits of {@link ExcelReadOptions} on the parts of an .xlsx, checked by the reader before POI
 * opens the file, and POI's own JVM-wide guard, which applies as well.
 */
class PartLimitsTest {
    @TempDir
    Path dir;

    private static ExcelException refusal(Path file, ExcelReadOptions.Builder options) {
        ExcelException e = catchThrowableOfType(ExcelException.class, () -> ExcelReader.create(options.build()).read(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPartLargerThanTheLimitIsRefusedBeforeItIsRead(boolean streaming) throws Exception {
        Path file = dir.resolve("valid.xlsx");
        ExcelCorpus.valid(file, null, null);
        assertThat(ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).maxPartBytes(100_000).build())
                .read(file).report().tasks()).hasSize(3);

        ExcelException e = refusal(file, ExcelReadOptions.builder().streaming(streaming).maxPartBytes(1_000));
        assertThat(e.problems().get(0).reason()).startsWith("the part xl/worksheets/sheet1.xml expands to ")
                .contains("more than the 1,000 bytes a part may have (ExcelReadOptions.maxPartBytes)");
    }

    @Test
    void aMoreRepetitiveFileIsReadWhenBothOurLimitAndPoisGuardAreRaised() throws Exception {
        Path file = dir.resolve("repetitive.xlsx");
        ExcelCorpus.validWithBlanks(file, 2 << 20);

        ExcelException ours = refusal(file, ExcelReadOptions.builder());
        assertThat(ours.problems().get(0).reason()).contains("xl/worksheets/sheet1.xml expands from")
                .contains("more than the 100 times ExcelReadOptions.maxInflateRatio allows");

        // our limit raised, POI's JVM-wide guard still at its default: POI refuses while inflating
        for (boolean streaming : new boolean[] {false, true}) {
            ExcelException pois = refusal(file, ExcelReadOptions.builder().streaming(streaming).maxInflateRatio(100_000));
            assertThat(pois.problems().get(0).reason()).isEqualTo(WorkbookFiles.ZIP_BOMB);
        }

        double guard = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(0.00001);
        try {
            for (boolean streaming : new boolean[] {false, true}) {
                assertThat(ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).maxInflateRatio(100_000).build())
                        .read(file).report().tasks()).hasSize(3);
            }
        } finally {
            ZipSecureFile.setMinInflateRatio(guard);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE sst>", "\uFEFF<!DOCTYPE sst>",
        "<!--<!DOCTYPE->--><?pi x?><!DOCTYPE sst [<!ENTITY a \"b\">]>"})
    void aDoctypeAfterCommentsOrInUtf16IsFound(String prolog) throws Exception {
        for (boolean utf16 : new boolean[] {false, true}) {
            Path file = dir.resolve("doctype.xlsx");
            String xml = prolog.replace("\uFEFF", "") + "<sst xmlns=\"" + XlsxParts.MAIN + "\" count=\"0\" uniqueCount=\"0\"/>";
            byte[] bytes = utf16 ? ("\uFEFF" + xml.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"))
                    .getBytes(StandardCharsets.UTF_16BE) : xml.getBytes(StandardCharsets.UTF_8);
            ExcelCorpus.valid(file, null, null);
            rewritePart(file, "xl/sharedStrings.xml", bytes);
            ExcelException e = refusal(file, ExcelReadOptions.builder().streaming(utf16));
            assertThat(e.problems().get(0).reason()).as("utf16=%s", utf16)
                    .startsWith("the part xl/sharedStrings.xml declares a DOCTYPE");
        }
    }

    @Test
    void limitsMustBeSensible() {
        assertThatThrownBy(() -> ExcelReadOptions.builder().maxPartBytes(0).build()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ExcelReadOptions.builder().maxInflateRatio(0.5).build()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ExcelReadOptions.builder().maxInflateRatio(Double.NaN).build()).isInstanceOf(ValidationException.class);
        assertThat(ExcelReadOptions.defaults().maxPartBytes()).isEqualTo(1L << 30);
        assertThat(ExcelReadOptions.defaults().maxInflateRatio()).isEqualTo(100);
    }

    private static void rewritePart(Path file, String name, byte[] bytes) throws Exception {
        Path copy = file.resolveSibling("copy.zip");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? bytes : content);
            }
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
