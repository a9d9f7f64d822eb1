package io.workplan.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library in another application on the module path (issue 17): a module of its own, compiled
 * here, that requires {@code io.workplan.excel} alone, reads the sample and writes it again in a
 * JVM of its own with the built jars on the module path, and nothing (POI's Log4j included) is
 * printed on its standard output or error.
 */
class ModulePathEmbeddingTest {
    private static final Path ROOT = Path.of(System.getProperty("workplan.root", ".."));

    @TempDir
    Path dir;

    @Test
    void anApplicationOnTheModulePathReadsAndWritesAWorkbookAndNothingIsPrinted() throws Exception {
        Path source = dir.resolve("src/embedder");
        Files.createDirectories(source.resolve("embedder"));
        Files.writeString(source.resolve("module-info.java"), "module embedder { requires io.workplan.excel; }\n");
        Files.writeString(source.resolve("embedder/Main.java"), String.join("\n",
                "package embedder;",
                "import io.workplan.core.ProgressReport;",
                "import io.workplan.excel.ExcelReader;",
                "import io.workplan.excel.ExcelWriter;",
                "import java.nio.file.Path;",
                "public final class Main {",
                "    public static void main(String[] args) throws Exception {",
                "        ProgressReport report = new ExcelReader().read(Path.of(args[0])).report();",
                "        ExcelWriter.create().write(report, Path.of(args[1]));",
                "        ProgressReport again = new ExcelReader().read(Path.of(args[1])).report();",
                // the result is the exit code: the application prints nothing of its own either
                "        System.exit(report.tasks().size() == 159 && again.equals(report) ? 0 : 1);",
                "    }",
                "}", ""));
        String modulePath = modulePath();
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--module-path", modulePath, "-d", classes.toString(),
                source.resolve("module-info.java").toString(), source.resolve("embedder/Main.java").toString());
        assertThat(compiled).as("the application compiles against the module path").isZero();

        Path out = dir.resolve("out.xlsx");
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "--module-path", classes + File.pathSeparator + modulePath, "-m", "embedder/embedder.Main",
                ROOT.resolve("examples/gongshu-2024-q2.xlsx").toString(), out.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the application finished").isTrue();

        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).exists();
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).as("standard output").isEmpty();
        assertThat(err).as("standard error").isEmpty();
    }

    /**
     * The library's jars and their dependencies from this test's class path, without the test
     * libraries and the modules the application does not use.
     */
    private static String modulePath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean ours = name.startsWith("workplan-");
            boolean needed = ours ? Stream.of("workplan-core-", "workplan-sheet-", "workplan-io-excel-")
                    .anyMatch(name::startsWith) && !name.contains("tests")
                    : Stream.of("poi", "commons-", "xmlbeans", "log4j-api", "SparseBitSet", "curvesapi", "aalto", "stax2")
                    .anyMatch(name::startsWith);
            if (needed && name.endsWith(".jar")) {
                kept.add(entry);
            }
        }
        assertThat(kept).as("the library's jars on the class path").anyMatch(e -> e.contains("workplan-io-excel-"));
        return kept.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
