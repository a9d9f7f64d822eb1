package io.workplan.core.aggregate;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory budget of the {@link PercentCounts} of one aggregation, and the temporary file they
 * spill to past it.
 *
 * <p>Every distinct percentage a count holds in memory takes one unit of the budget. When a count
 * would take one more than the budget allows, every count of the aggregation writes what it holds
 * as a sorted run (value, count) to the end of one temporary file and starts again empty; a median
 * then merges the count's runs and what it still holds. The file is created at the first spill
 * ({@link Files#createTempFile}: its owner alone may read it) and opened with {@link
 * StandardOpenOption#DELETE_ON_CLOSE}, which on Unix removes it from the directory at once; {@link
 * #close()} closes it (and deletes it where it still is), or, failing that, a cleaner when the
 * aggregation is garbage collected.
 *
 * <p>A run's entry: the scale (int), the unscaled value's length and two's-complement bytes, the
 * count (int).
 */
final class SpillFile implements AutoCloseable {

    /** Never spills: the budget of a whole report held in memory anyway, and of collectors. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private static final Cleaner CLEANER = Cleaner.create();
    private static final int WRITE_BUFFER = 1 << 16;
    private static final int READ_BUFFER = 1 << 13;

    private final int budget;
    private final List<PercentCounts> members = new ArrayList<>();
    private int held;
    private State state;
    private Cleaner.Cleanable cleanable;
    private boolean closed;

    /**
     * A budget.
     *
     * @param budget the distinct percentages held in memory by all counts together, 1 or more
     */
    SpillFile(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("the distinct percentages held in memory must be 1 or more, was " + budget);
        }
        this.budget = budget;
    }

    /** A budget that never spills. */
    static SpillFile unlimited() {
        return new SpillFile(UNLIMITED);
    }

    void register(PercentCounts counts) {
        if (budget != UNLIMITED) {
            members.add(counts);
        }
    }

    /** A count is about to hold one more distinct value: spills every count first when the budget is spent. */
    void willHoldOneMore() {
        if (budget == UNLIMITED) {
            return;
        }
        if (held >= budget) {
            for (PercentCounts member : members) {
                member.spill();
            }
            held = 0;
        }
        held++;
    }

    /** Whether any count has spilled. */
    boolean spilled() {
        return state != null;
    }

    /**
     * Writes a run at the end of the file.
     *
     * @param values distinct values in {@link ProgressStatistics#ORDER}
     * @param counts their counts
     * @param size how many
     * @return the run's offset in the file
     */
    long writeRun(BigDecimal[] values, int[] counts, int size) {
        ensureOpen();
        try {
            if (state == null) {
                Path path = Files.createTempFile("workplan-percentages-", ".bin");
                state = new State(path);
                cleanable = CLEANER.register(this, state);
            }
            long offset = state.length;
            DataOutputStream out = state.out;
            for (int i = 0; i < size; i++) {
                BigDecimal value = values[i];
                byte[] unscaled = value.unscaledValue().toByteArray();
                out.writeInt(value.scale());
                out.writeShort(unscaled.length);
                out.write(unscaled);
                out.writeInt(counts[i]);
                state.length += 4 + 2 + unscaled.length + 4;
            }
            return offset;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A reader of a run of so many entries at an offset. */
    Run run(long offset, int entries) {
        ensureOpen();
        try {
            state.out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
        return new Run(new DataInputStream(new Positioned(state.channel, offset, state.length, READ_BUFFER)), entries);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the aggregation is closed: its spilled percentages are deleted");
        }
    }

    private UncheckedIOException failure(IOException e) {
        return new UncheckedIOException("the percentages of the aggregation could not be spilled to or read back from "
                + "their temporary file" + (state == null ? "" : " (" + state.path + ")") + ": " + e.getMessage(), e);
    }

    /** Deletes the temporary file, if one was made. */
    @Override
    public void close() {
        closed = true;
        if (cleanable != null) {
            cleanable.clean();
        }
    }

    /** A sorted run read back, one entry at a time. */
    final class Run {
        private final DataInputStream in;
        private int left;
        BigDecimal value;
        int count;

        Run(DataInputStream in, int entries) {
            this.in = in;
            this.left = entries;
        }

        /** Reads the next entry into {@link #value} and {@link #count}; false at the end of the run. */
        boolean next() {
            if (left == 0) {
                return false;
            }
            left--;
            try {
                int scale = in.readInt();
                byte[] unscaled = new byte[in.readUnsignedShort()];
                in.readFully(unscaled);
                value = new BigDecimal(new BigInteger(unscaled), scale);
                count = in.readInt();
                return true;
            } catch (IOException e) {
                throw failure(e);
            }
        }
    }

    /** The open file: what the cleaner closes and deletes. */
    private static final class State implements Runnable {
        final Path path;
        final FileChannel channel;
        final DataOutputStream out;
        long length;

        State(Path path) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
            this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), WRITE_BUFFER));
        }

        @Override
        public void run() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to tell: the file is deleted below whatever happened to the channel
            }
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // DELETE_ON_CLOSE removed it, or the system's temporary directory will
            }
        }
    }

    /** Reads a file from an offset by positional reads, leaving the channel's position to the writer. */
    private static final class Positioned extends InputStream {
        private final FileChannel channel;
        private final long end;
        private final ByteBuffer buffer;
        private long position;

        Positioned(FileChannel channel, long position, long end, int size) {
            this.channel = channel;
            this.position = position;
            this.end = end;
            this.buffer = ByteBuffer.allocate((int) Math.max(1, Math.min(size, end - position)));
            buffer.flip();
        }

        @Override
        public int read() throws IOException {
            if (!buffer.hasRemaining() && !fill()) {
                return -1;
            }
            return buffer.get() & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!buffer.hasRemaining() && !fill()) {
                return -1;
            }
            int n = Math.min(len, buffer.remaining());
            buffer.get(b, off, n);
            return n;
        }

        private boolean fill() throws IOException {
            if (position >= end) {
                return false;
            }
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - position));
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position());
                if (n < 0) {
                    throw new EOFException("the temporary file ended early");
                }
            }
            position += buffer.limit();
            buffer.flip();
            return true;
        }
    }
}
