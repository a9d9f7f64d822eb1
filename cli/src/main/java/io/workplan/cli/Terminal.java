package io.workplan.cli;

import io.workplan.core.internal.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the tool's output may do to a terminal: whether standard error is one (where a progress bar
 * can be drawn), and the writers through which everything the tool prints goes, which escape every
 * character that would act on the terminal rather than be seen ({@link Printable}: an ESC of a
 * cell's text, {@code _x001B_} in an .xlsx, would otherwise start an escape sequence).
 */
final class Terminal {
    private Terminal() {}

    /**
     * A writer that escapes the controls of what is written through it: line feeds and tabs pass,
     * a carriage return only as part of a line separator ({@code \r\n}).
     *
     * @param out where the text goes
     * @return the escaping writer, flushing on {@code println} as the tool's writers do
     */
    static PrintWriter escaping(Writer out) {
        return new PrintWriter(new Escaping(out), true);
    }

    private static final class Escaping extends FilterWriter {
        private boolean carriageReturn;

        Escaping(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            char ch = (char) c;
            if (carriageReturn) {
                carriageReturn = false;
                if (ch == '\n') {
                    out.write("\r\n");
                    return;
                }
                out.write(Printable.escape('\r'));
            }
            if (ch == '\r') {
                carriageReturn = true;
            } else if (Printable.isControl(ch)) {
                out.write(Printable.escape(ch));
            } else {
                out.write(ch);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(chars[i]);
            }
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(s.charAt(i));
            }
        }

        @Override
        public void flush() throws IOException {
            if (carriageReturn) {
                carriageReturn = false;
                out.write(Printable.escape('\r'));
            }
            super.flush();
        }
    }

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
