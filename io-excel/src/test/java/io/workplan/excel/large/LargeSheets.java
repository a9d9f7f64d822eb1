package io.workplan.excel.large;

import io.workplan.excel.GeneratedSheet;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The generated large sheet for other modules' tests (the tool's commands on a million tasks), from a
 * package of its own: a module's tests cannot name a class of the test jar's {@code io.workplan.excel}
 * package, which the module io.workplan.excel owns.
 */
public final class LargeSheets {
    private LargeSheets() {}

    /**
     * The generated sheet of {@code tasks} tasks, under target/ of the working directory, written once.
     *
     * @param tasks how many tasks
     * @return the file
     * @throws IOException when it cannot be written
     */
    public static Path file(int tasks) throws IOException {
        return new GeneratedSheet(tasks).file();
    }

    /**
     * How many categories the generated sheet of {@code tasks} tasks has.
     *
     * @param tasks how many tasks
     * @return its categories
     */
    public static int categories(int tasks) {
        return new GeneratedSheet(tasks).categories();
    }
}
