package io.workplan.json.internal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream of bytes checked to be well-formed UTF-8 as they pass (RFC 3629): Jackson decodes an
 * overlong form ({@code C0 AF} for {@code /}) and a code point beyond U+10FFFF without complaint,
 * which would read something other than what the file holds. The bytes before a malformed sequence
 * are passed on, so that the parser stands at the value holding it; the next read fails with a
 * {@link Malformed} that says where (line and column counted as Jackson counts them for bytes) and
 * what is wrong.
 */
final class Utf8Input extends FilterInputStream {
    private int line = 1;
    private long offset;
    private long lineStart;
    private boolean afterCarriageReturn;
    /** Continuation bytes still due in the current sequence. */
    private int due;
    /** The bounds of the next continuation byte, narrower than 80..BF after E0, ED, F0 and F4. */
    private int low = 0x80;
    private int high = 0xBF;
    private long sequenceStart;
    private int sequenceLine;
    private long sequenceColumn;
    /** The bytes of the current sequence, for the message. */
    private final int[] sequence = new int[4];
    private int length;
    private Malformed failure;

    Utf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (due > 0) {
                failure = malformed("a character cut short by the end of the input");
                throw failure;
            }
            return n;
        }
        for (int i = off; i < off + n; i++) {
            if (!accept(b[i] & 0xFF)) {
                if (i == off) {
                    throw failure;
                }
                return i - off;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Takes one byte; a malformed one sets {@link #failure}. */
    private boolean accept(int b) {
        if (due > 0) {
            sequence[length++] = b;
            if (b < low || b > high) {
                failure = malformed(b < 0x80 || b > 0xBF ? "a character cut short"
                        : sequence[0] == 0xED ? "a surrogate (U+D800 to U+DFFF), which UTF-8 cannot hold"
                        : sequence[0] == 0xF4 ? "beyond U+10FFFF, the last code point"
                        : "an overlong form, which UTF-8 forbids");
                return false;
            }
            due--;
            low = 0x80;
            high = 0xBF;
            offset++;
            return true;
        }
        if (b < 0x80) {
            if (b == '\n' || b == '\r') {
                if (b == '\r' || !afterCarriageReturn) {
                    line++;
                }
                lineStart = offset + 1;
            }
            afterCarriageReturn = b == '\r';
            offset++;
            return true;
        }
        afterCarriageReturn = false;
        sequenceStart = offset;
        sequenceLine = line;
        sequenceColumn = offset - lineStart + 1;
        sequence[0] = b;
        length = 1;
        if (b < 0xC2 || b > 0xF4) {
            failure = malformed(b < 0xC0 ? "a continuation byte that continues no character"
                    : b < 0xC2 ? "an overlong form, which UTF-8 forbids" : "a byte that UTF-8 never uses");
            return false;
        }
        due = b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        offset++;
        return true;
    }

    private Malformed malformed(String reason) {
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < length; i++) {
            bytes.append(i == 0 ? "" : " ").append(String.format("%02X", sequence[i]));
        }
        return new Malformed(sequenceLine, sequenceColumn, sequenceStart, bytes.toString(), reason);
    }

    /** Bytes that are not UTF-8: where they start and what is wrong. */
    static final class Malformed extends CharConversionException {
        private static final long serialVersionUID = 1L;

        final int line;
        final long column;
        final long offset;
        final String bytes;
        final String reason;

        Malformed(int line, long column, long offset, String bytes, String reason) {
            super("malformed UTF-8 at line " + line + ", column " + column + " (byte " + offset + ", " + bytes + "): " + reason);
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.bytes = bytes;
            this.reason = reason;
        }
    }
}
