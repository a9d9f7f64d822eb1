package io.workplan.sheet.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one copy of the real published samples and of the corpus of real tables, for the tests of
 * every module (the test jar of workplan-sheet): {@code /gongshu-2024-q2.xlsx}, {@code
 * /gongshu-2024-q2/gongshu-2024-q2.html}, {@code /gongshu-2024-q2/progress-expected.tsv}, and the
 * folders of {@code /io/workplan/sheet/corpus/}. A resource inside a jar is copied to a temporary
 * file once, so that tests can read it by path.
 */
public final class RealSamples {
    /** The real workbook of Hangzhou Gongshu, Q2 2024 (159 tasks, 24 categories). */
    public static final String GONGSHU_XLSX = "/gongshu-2024-q2.xlsx";
    /** The same table as the published page's HTML. */
    public static final String GONGSHU_HTML = "/gongshu-2024-q2/gongshu-2024-q2.html";
    /** The progress of each of its tasks, as expected. */
    public static final String GONGSHU_EXPECTED = "/gongshu-2024-q2/progress-expected.tsv";

    private static final ConcurrentHashMap<String, Path> FILES = new ConcurrentHashMap<>();

    private RealSamples() {}

    /**
     * A resource as a file.
     *
     * @param resource the resource's absolute name
     * @return a file holding its bytes (the resource itself when it is a file already)
     */
    public static Path file(String resource) {
        return FILES.computeIfAbsent(resource, RealSamples::copy);
    }

    /**
     * A resource's bytes.
     *
     * @param resource the resource's absolute name
     * @return its bytes
     */
    public static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A resource's text, in UTF-8.
     *
     * @param resource the resource's absolute name
     * @return its text
     */
    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static InputStream open(String resource) {
        InputStream in = RealSamples.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + resource);
        }
        return in;
    }

    private static Path copy(String resource) {
        try (InputStream in = open(resource)) {
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            Path dir = Files.createTempDirectory("workplan-sample-");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
