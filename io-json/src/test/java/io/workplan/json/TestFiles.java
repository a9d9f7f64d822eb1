package io.workplan.json;

import io.workplan.core.Category;
import io.workplan.core.ProgressReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources and the reports the JSON format can hold. */
final class TestFiles {
    private TestFiles() {}

    static final String GOLDEN_V1 = "/io/workplan/json/golden/v1/";
    static final String GOLDEN_V2 = "/io/workplan/json/golden/v2/";

    static byte[] bytes(String resource) {
        try (InputStream in = TestFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** Whether no two categories share a name: tasks name their category by name in JSON. */
    static boolean uniqueCategoryNames(ProgressReport report) {
        return report.categories().stream().map(Category::name).distinct().count() == report.categories().size();
    }
}
