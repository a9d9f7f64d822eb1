package io.workplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the tool's standard error is a terminal, where a progress bar can be drawn. */
final class Terminal {
    private Terminal() {}

    /**
     * Whether standard error is a terminal. On Linux, by where file descriptor 2 leads; elsewhere,
     * by whether the JVM has a console (standard input and output are terminals), which is the
     * best Java 17 can tell.
     */
    static boolean isStandardError() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return System.console() != null;
            }
        }
        return System.console() != null;
    }
}
