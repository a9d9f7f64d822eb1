package io.workplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.excel.large.LargeSheets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commands that stream, on a generated sheet of {@code workplan.cliLarge.tasks} tasks (1,000,000
 * in the build, by the module's own surefire execution; fewer when run alone): each runs in a JVM of
 * {@code -Xmx128m} and gives exactly what it gives in one of {@code -Xmx2g}, and {@code compare}, which
 * holds both reports, names the heap it needs instead of running out. Each command is {@link Main} in
 * a JVM of its own, on the test classpath, the two heaps' runs at once. The sheet is generated once,
 * under target/, for every check.
 */
class LargeSheetCommandsTest {
    private static final int TASKS = Integer.getInteger("workplan.cliLarge.tasks", 20_000);
    private static final long BOUND_MINUTES = 8;
    private static final String SMALL_HEAP = "128m";

    @TempDir
    static Path dir;

    private static Path sheet;

    @BeforeAll
    static void generate() throws IOException {
        sheet = LargeSheets.file(TASKS);
    }

    /** What a command printed and returned. */
    record Run(int exit, String out, String err) {}

    /**
     * The tool in a JVM of its own, with a heap of {@code heap}, started. The small heap runs with the
     * JVM's default collector, as users run it; the large one, the reference, with the serial
     * collector, which spends less of the build's two cores on a heap that is never short.
     */
    static Started start(String heap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        if (!heap.equals(SMALL_HEAP)) {
            command.add("-XX:+UseSerialGC");
        }
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out-", ".txt");
        Path err = Files.createTempFile(dir, "err-", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Started(String.join(" ", args) + " in -Xmx" + heap, process, out, err);
    }

    /** A run of the tool under way. */
    record Started(String what, Process process, Path out, Path err) {
        /** Waits for its end, within the bound. */
        Run finish() throws IOException, InterruptedException {
            if (!process.waitFor(BOUND_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(what + " ran for more than " + BOUND_MINUTES + " minutes");
            }
            Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        }
    }

    /** The tool in a JVM of its own, with a heap of {@code heap}, to its end. */
    static Run java(String heap, String... args) throws IOException, InterruptedException {
        return start(heap, args).finish();
    }

    /** The commands that print, each with what its output says of the whole sheet. */
    static Stream<Arguments> printingCommands() {
        return Stream.of(
                Arguments.of(List.of("validate"), TASKS + " tasks"),
                Arguments.of(List.of("summary"), "Tasks: " + TASKS + ";"),
                Arguments.of(List.of("summary", "--format", "json"), "\"tasks\" : " + TASKS + ","),
                Arguments.of(List.of("behind"), " task(s) behind schedule in 2024年第二季度"));
    }

    @ParameterizedTest
    @MethodSource("printingCommands")
    void aCommandGivesInASmallHeapWhatItGivesInALargeOne(List<String> command, String whole) throws Exception {
        List<String> args = new ArrayList<>(command);
        args.add(sheet.toString());
        // both at once, one a core: the build's time is what counts here, not the runs'
        Started smallRun = start(SMALL_HEAP, args.toArray(String[]::new));
        Started largeRun = start("2g", args.toArray(String[]::new));
        Run small = smallRun.finish();
        Run large = largeRun.finish();
        assertThat(small.exit()).as(small.err()).isZero();
        assertThat(small.err()).isEqualTo(large.err()).isEmpty();
        assertThat(small.out()).isEqualTo(large.out());
        assertThat(large.exit()).isZero();
        assertThat(small.out()).contains(whole);
    }

    @Test
    void comparingTwoLargeReportsInASmallHeapNamesTheHeapItNeeds() throws Exception {
        Run run = java(SMALL_HEAP, "compare", sheet.toString(), sheet.toString());
        long bytes = WholeReports.BASE_BYTES + 2L * TASKS * WholeReports.BYTES_PER_TASK
                + (long) TASKS * TASKS * WholeReports.BYTES_PER_PAIR;
        long needed = WholeReports.megabytes(bytes);
        assertThat(needed).as("a check with so few tasks that they fit proves nothing").isGreaterThan(128);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("workplan: compare holds the whole reports of " + sheet + ", " + sheet
                + " and matches every pair of their tasks: " + TASKS + " and " + TASKS + " tasks need a heap of about "
                + needed + " MB (" + WholeReports.BYTES_PER_TASK + " bytes a task, " + WholeReports.BYTES_PER_PAIR
                + " a pair), and this one has ")
                .endsWith(" MB; give Java more, for example java -Xmx" + WholeReports.suggestion(bytes)
                        + " -jar workplan.jar …" + System.lineSeparator());
        assertThat(run.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    /**
     * The sheet converted to a sheet and to JSON in both heaps gives the same files; the JSON
     * converted back to a sheet in the small heap gives the sheet that the large heap wrote from the
     * sheet (the workbooks differ only in the time of their writing).
     */
    @Test
    void aSheetConvertedToASheetAndToJsonAndBackInASmallHeapIsWhatALargeOneWrites() throws Exception {
        Path copy = convertedAlike(sheet, "copy.xlsx");
        Path json = convertedAlike(sheet, "big.json");
        Path again = dir.resolve("again.xlsx");
        Run run = java(SMALL_HEAP, "convert", json.toString(), again.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(TASKS + " tasks in " + LargeSheets.categories(TASKS) + " categories");
        assertSameParts(again, copy);
        Files.delete(again);
        Files.delete(copy);
        Files.delete(json);
    }

    /**
     * Converts IN to {@code small-NAME} in {@code -Xmx128m} and to {@code large-NAME} in {@code -Xmx2g},
     * checks both wrote the same file (a workbook by its parts, JSON byte for byte), and deletes the large one.
     *
     * @return the small heap's file
     */
    private static Path convertedAlike(Path in, String name) throws Exception {
        Path small = dir.resolve("small-" + name);
        Path large = dir.resolve("large-" + name);
        convertInBothHeaps(in, small, large);
        if (name.endsWith(".xlsx")) {
            assertSameParts(small, large);
        } else {
            try (InputStream a = Files.newInputStream(small); InputStream b = Files.newInputStream(large)) {
                assertSameBytes(name, a, b);
            }
        }
        Files.delete(large);
        return small;
    }

    /**
     * Converts IN in a JVM of {@code -Xmx128m} and one of {@code -Xmx2g} at once: both succeed,
     * with nothing on standard error and the same words of the whole report on standard output.
     */
    private static void convertInBothHeaps(Path in, Path small, Path large) throws Exception {
        Started smallStarted = start(SMALL_HEAP, "convert", in.toString(), small.toString());
        Started largeStarted = start("2g", "convert", in.toString(), large.toString());
        Run smallRun = smallStarted.finish();
        Run largeRun = largeStarted.finish();
        assertThat(smallRun.exit()).as(smallRun.err()).isZero();
        assertThat(largeRun.exit()).as(largeRun.err()).isZero();
        assertThat(smallRun.err()).isEqualTo(largeRun.err()).isEmpty();
        assertThat(smallRun.out()).isEqualTo(largeRun.out().replace(large.toString(), small.toString()))
                .contains(TASKS + " tasks in " + LargeSheets.categories(TASKS) + " categories");
    }

    /** The parts of two workbooks are the same, byte for byte, but the times of their writing; read part by part, never whole. */
    static void assertSameParts(Path a, Path b) throws IOException {
        try (ZipFile za = new ZipFile(a.toFile()); ZipFile zb = new ZipFile(b.toFile())) {
            List<String> names = Collections.list(za.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(Collections.list(zb.entries()).stream().map(ZipEntry::getName).toList()).isEqualTo(names);
            for (String name : names) {
                try (InputStream ia = za.getInputStream(za.getEntry(name)); InputStream ib = zb.getInputStream(zb.getEntry(name))) {
                    if (name.equals("docProps/core.xml")) {
                        assertThat(withoutTimes(ia)).as(name).isEqualTo(withoutTimes(ib));
                    } else {
                        assertSameBytes(name, ia, ib);
                    }
                }
            }
        }
    }

    private static String withoutTimes(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<dcterms:(created|modified)[^<]*</dcterms:\\1>", "");
    }

    private static void assertSameBytes(String name, InputStream a, InputStream b) throws IOException {
        byte[] ba = new byte[1 << 16];
        byte[] bb = new byte[1 << 16];
        long at = 0;
        while (true) {
            int na = a.readNBytes(ba, 0, ba.length);
            int nb = b.readNBytes(bb, 0, bb.length);
            assertThat(nb).as(name + " at byte " + at).isEqualTo(na);
            if (na == 0) {
                return;
            }
            if (!java.util.Arrays.equals(ba, 0, na, bb, 0, nb)) {
                throw new AssertionError(name + " differs within bytes " + at + " to " + (at + na));
            }
            at += na;
        }
    }
}
