package io.workplan.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The copy of a stream into a file, refused past the limit of a file's size, and as soon as a line
 * holds more bytes than a record of the limit can (4 bytes a character in UTF-8 and GB18030, 2 in
 * UTF-16): a line of a gigabyte is refused after its first megabytes, not after the copy.
 */
public final class StreamCopy {
    private static final int BYTES_PER_CHAR = 4;

    private StreamCopy() {}

    /**
     * Copies a stream into a file.
     *
     * @param in the stream, not closed
     * @param file the file
     * @param maxBytes the most bytes
     * @param maxRecordChars the most characters of a record
     * @throws CsvDamage when the stream passes a limit
     * @throws IOException when it cannot be read or the file written
     */
    public static void copy(InputStream in, Path file, long maxBytes, long maxRecordChars) throws IOException {
        long maxLineBytes = BYTES_PER_CHAR * maxRecordChars;
        long total = 0;
        long lineBytes = 0;
        int line = 1;
        boolean utf16 = false;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (total == 0 && n >= 2) {
                    utf16 = (buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE)
                            || (buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF);
                }
                total += n;
                if (total > maxBytes) {
                    throw new CsvDamage(tooLarge(maxBytes), null);
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                        lineBytes = 0;
                    } else if (++lineBytes > maxLineBytes) {
                        // in UTF-16 a byte 0x0A can be half of any character: its count of lines would mislead
                        throw new CsvDamage(utf16 ? 0 : line, null, (utf16 ? "a line" : "line " + line)
                                + " holds more than " + count(maxLineBytes) + " bytes, more than a record of "
                                + count(maxRecordChars) + " characters (the limit CsvReadOptions.maxRecordChars) can",
                                null);
                    }
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /**
     * The reason a file is too large.
     *
     * @param maxBytes the limit
     * @return the reason
     */
    public static String tooLarge(long maxBytes) {
        return "the file holds more than " + count(maxBytes) + " bytes (" + (maxBytes >> 20)
                + " MiB), the limit (CsvReadOptions.maxFileBytes)";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
