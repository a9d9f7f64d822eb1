package io.workplan.csv.corpus;

import java.io.InputStream;
import java.util.Arrays;

/** A head, then a byte repeated (with a line feed every so many bytes, or none), generated as read: never in memory. */
final class GeneratedStream extends InputStream {
    private final byte[] head;
    private final long length;
    private final byte filler;
    private final int lineEvery;
    private long position;

    GeneratedStream(byte[] head, long length, byte filler, int lineEvery) {
        this.head = head;
        this.length = length;
        this.filler = filler;
        this.lineEvery = lineEvery;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++, position++) {
            b[off + i] = position < head.length ? head[(int) position]
                    : lineEvery > 0 && (position - head.length) % lineEvery == lineEvery - 1 ? (byte) '\n' : filler;
        }
        return n;
    }

    @Override
    public String toString() {
        return "GeneratedStream[" + length + " bytes after " + Arrays.toString(Arrays.copyOf(head, 8)) + "...]";
    }
}
