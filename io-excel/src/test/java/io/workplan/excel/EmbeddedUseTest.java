package io.workplan.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.sheet.samples.RealSamples;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library in another application's JVM, on the plain class path, with none of the build's
 * settings (no Log4j properties): it prints nothing, and POI's temporary files do not depend on
 * POI's shared {@code poifiles} directory, which another OS user may own.
 */
class EmbeddedUseTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {}

    private Outcome run(Path tmpdir, Path written) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Djava.io.tmpdir=" + tmpdir,
                        "-cp", System.getProperty("java.class.path"), EmbeddedUse.class.getName(),
                        RealSamples.file(RealSamples.GONGSHU_XLSX).toString(), written.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the embedded run ends").isTrue();
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void readingAndWritingPrintsNothingAndNeedsNoSharedPoifilesDirectory() throws Exception {
        // As when another OS user made /tmp/poifiles: POI's default strategy cannot create its files there.
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.writeString(tmp.resolve("poifiles"), "not a directory");

        Outcome o = run(tmp, dir.resolve("out"));

        assertThat(o.err()).as("standard error").isEmpty();
        assertThat(o.out()).as("standard output").isEmpty();
        assertThat(o.code()).isZero();
        assertThat(dir.resolve("out.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("out.xls")).isNotEmptyFile();
        try (var left = Files.list(tmp)) {
            assertThat(left).as("workplan's temporary directory is deleted at exit").containsExactly(tmp.resolve("poifiles"));
        }
    }

    @Test
    void aTemporaryDirectoryThatCannotBeWrittenIsAFailureToWriteSayingWhat() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("tmp-is-a-file"), "");

        Outcome o = run(notADirectory, dir.resolve("nowhere"));

        assertThat(o.code()).isNotZero();
        assertThat(o.err()).contains("Cannot write " + dir.resolve("nowhere.xlsx"))
                .contains("its temporary files cannot be created in " + notADirectory)
                .contains("set java.io.tmpdir");
        assertThat(dir.resolve("nowhere.xlsx")).doesNotExist();
        assertThat(o.err()).doesNotContain("Log4j");
        assertThat(new File(dir.toFile(), "nowhere.xls")).doesNotExist();
    }
}
