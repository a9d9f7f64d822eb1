package io.workplan.cli;

import io.workplan.sheet.ReadProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * The rows of a sheet read so far, drawn on one line of a terminal and redrawn in place: a bar and
 * a percentage when the file declares its last row, the count alone otherwise. Redrawn at most ten
 * times a second; {@link #finish()} clears the line, so nothing of it stays among the messages.
 */
final class ProgressBar implements ReadProgressListener {
    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final LongSupplier clock;
    private final String unit;
    private long lastDrawn = Long.MIN_VALUE;
    private int drawnWidth;

    ProgressBar(PrintWriter err, String label, LongSupplier clock) {
        this(err, label, clock, "rows");
    }

    /** A bar of things other than rows: {@code files}. */
    ProgressBar(PrintWriter err, String label, LongSupplier clock, String unit) {
        this.err = err;
        this.label = label;
        this.clock = clock;
        this.unit = unit;
    }

    @Override
    public void rowsRead(long rowsRead, long rowsInSheet) {
        long now = clock.getAsLong();
        if (lastDrawn != Long.MIN_VALUE && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = line(label, rowsRead, rowsInSheet, unit);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
    }

    /** Clears the line of the bar, if one was drawn. */
    void finish() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    /** The text of the bar. */
    static String line(String label, long rowsRead, long rowsInSheet) {
        return line(label, rowsRead, rowsInSheet, "rows");
    }

    /** The text of the bar, counting things of a unit. */
    static String line(String label, long rowsRead, long rowsInSheet, String unit) {
        if (rowsInSheet <= 0) {
            return label + ": " + String.format(java.util.Locale.ROOT, "%,d", rowsRead) + " " + unit + " read";
        }
        long done = Math.min(rowsRead, rowsInSheet);
        int filled = (int) (BAR_WIDTH * done / rowsInSheet);
        return String.format(java.util.Locale.ROOT, "%s [%s%s] %3d%% %,d of %,d %s", label,
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), 100 * done / rowsInSheet, done, rowsInSheet, unit);
    }
}
