package io.workplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of the tool on a copy of the real workbook, made once for the class in a directory of its
 * own ({@link CommandsTest#copySample(Path)}). The classes run one after another, each with its own
 * directory and copy.
 */
abstract class OnTheSample {
    @TempDir
    static Path dir;

    /** The copy of the real workbook. */
    static Path sample;

    @BeforeAll
    static void copySample() throws IOException {
        sample = CommandsTest.copySample(dir);
    }
}
