package io.workplan.files;

import io.workplan.core.Problem;
import io.workplan.core.ProgressEntry;
import io.workplan.sheet.TableException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The bridge between a reader that pushes entries (to a consumer) and a writer that pulls them
 * (from an iterator): the reading runs on a thread of its own and hands the entries over through a
 * bounded queue (a few thousand entries at most in flight), so that neither side holds the report.
 *
 * <ul>
 *   <li>A failure of the reading (the reader's exception, an {@link Error} too) is thrown by {@link
 *       #hasNext()} to the writer, unchanged, once the entries read before it are taken: the writer
 *       then fails as it would for its own caller's iterator, and writes nothing.
 *   <li>The iterator ends only when the reading has returned: a reader that finds the sheet's
 *       problems at its end (strict mode) throws them before the writer sees the end.
 *   <li>{@link #close()}, after the writer returned or failed, stops a reading still running (the
 *       writer gave up early) and waits for its thread: no thread is left behind, none waits
 *       forever. The thread is a daemon, and both sides wait in steps of 50 ms, checking the other
 *       is still there.
 * </ul>
 */
final class EntryHandOff implements Iterator<ProgressEntry>, AutoCloseable {
    private static final int BATCH = 512;
    private static final int BATCHES_IN_FLIGHT = 8;
    private static final long STEP_MILLIS = 50;
    private static final Object END = new Object();

    /** A reading that hands its entries to a consumer, on the thread that calls it. */
    @FunctionalInterface
    interface Reading {
        FileReadSummary read(Consumer<? super ProgressEntry> entries);
    }

    /** Thrown into the reading, through its consumer, when the writer has given up. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the writing stopped", null, false, false);
        }
    }

    private final String source;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread thread;
    private volatile boolean cancelled;
    private volatile FileReadSummary summary;
    private volatile Throwable failure;

    private List<ProgressEntry> batch = List.of();
    private int next;
    private boolean ended;

    private EntryHandOff(String source, Reading reading) {
        this.source = source;
        this.thread = new Thread(() -> run(reading), "workplan-read " + source);
        thread.setDaemon(true);
    }

    /**
     * Starts a reading on a thread of its own.
     *
     * @param source the file's name, for the thread and for messages
     * @param reading the reading
     * @return the entries, as the reading hands them over
     */
    static EntryHandOff start(String source, Reading reading) {
        EntryHandOff handOff = new EntryHandOff(source, reading);
        handOff.thread.start();
        return handOff;
    }

    private void run(Reading reading) {
        List<List<ProgressEntry>> filling = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            FileReadSummary read = reading.read(entry -> {
                List<ProgressEntry> batch = filling.get(0);
                batch.add(entry);
                if (batch.size() == BATCH) {
                    filling.set(0, new ArrayList<>(BATCH));
                    put(batch);
                }
            });
            summary = read;
        } catch (Cancelled e) {
            return;   // the writer gave up: it has its own failure to tell
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            // the entries read before the end, or before a failure, are the writer's before the end is
            if (!filling.get(0).isEmpty()) {
                put(filling.get(0));
            }
            put(END);
        } catch (Cancelled e) {
            // the writer gave up meanwhile
        }
    }

    /** Puts into the queue, waiting while it is full, until the writer gives up. */
    private void put(Object item) {
        try {
            while (!queue.offer(item, STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (next == batch.size()) {
            if (ended) {
                Throwable f = failure;
                if (f instanceof RuntimeException) {
                    throw (RuntimeException) f;
                }
                if (f instanceof Error) {
                    throw (Error) f;
                }
                return false;
            }
            Object item;
            try {
                item = queue.poll(STEP_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted();
            }
            if (item == null) {
                if (!thread.isAlive() && queue.isEmpty()) {
                    // the reading ended without saying so (it cannot, but no writer waits for it forever)
                    ended = true;
                    if (failure == null && summary == null) {
                        failure = interrupted();
                    }
                }
            } else if (item == END) {
                ended = true;
            } else {
                batch = (List<ProgressEntry>) item;
                next = 0;
            }
        }
        return true;
    }

    @Override
    public ProgressEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.get(next++);
    }

    /**
     * What the reading returned, once every entry was taken.
     *
     * @return the summary
     * @throws IllegalStateException before the end
     */
    FileReadSummary summary() {
        if (!ended || summary == null) {
            throw new IllegalStateException("the reading of " + source + " has not ended");
        }
        return summary;
    }

    /** Stops the reading if it still runs, and waits for its thread. */
    @Override
    public void close() {
        cancelled = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(STEP_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        queue.clear();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private TableException interrupted() {
        return new TableException("Cannot read " + source, List.of(Problem.builder().source(source)
                .reason("the reading was interrupted before its end").build()));
    }
}
