package io.workplan.excel.internal.read;

import io.workplan.excel.ExcelReadOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * How many bytes a read of one part of an .xlsx file may inflate: the size its zip entry declares,
 * within {@link ExcelReadOptions#maxPartBytes()} and {@link ExcelReadOptions#maxInflateRatio()}
 * of its compressed size. Every read of a part by the reader itself (the check of its prolog, the
 * streaming mode's sheets and shared strings) goes through {@link #bound}, so that an entry whose
 * declared size is small but whose content inflates to gigabytes is refused after its declared
 * size, not read for a minute. (The in-memory mode's reads are POI's, under POI's own guard.)
 */
final class PartBudget {
    private final long maxPartBytes;
    private final double maxInflateRatio;

    PartBudget(long maxPartBytes, double maxInflateRatio) {
        this.maxPartBytes = maxPartBytes;
        this.maxInflateRatio = maxInflateRatio;
    }

    /** The budget of the options. */
    static PartBudget of(ExcelReadOptions options) {
        return new PartBudget(options.maxPartBytes(), options.maxInflateRatio());
    }

    /**
     * A part's bytes, bounded.
     *
     * @param name the part's name, for the message
     * @param in its inflated bytes
     * @param declared the size its zip entry declares, or -1 when unknown
     * @param compressed its compressed size, or -1 when unknown
     * @return the bytes, which throw {@link CellDamage} (without a cell) past the bound
     */
    InputStream bound(String name, InputStream in, long declared, long compressed) {
        long byRatio = compressed < 0 ? Long.MAX_VALUE
                : (long) Math.min(Long.MAX_VALUE, Math.max(PackageCheck.RATIO_GRACE_BYTES, compressed * maxInflateRatio));
        long limit = Math.min(maxPartBytes, byRatio);
        String why;
        if (declared >= 0 && declared < limit) {
            limit = declared;
            why = "than the " + bytes(declared) + " its zip entry declares: the file is damaged or hostile";
        } else if (limit == maxPartBytes) {
            why = "than the " + bytes(maxPartBytes) + " a part may have (ExcelReadOptions.maxPartBytes)";
        } else {
            why = "than " + ratio(maxInflateRatio) + " times its compressed " + bytes(compressed)
                    + " (ExcelReadOptions.maxInflateRatio): a zip bomb, or a sheet of very repetitive text";
        }
        return new Bounded(in, limit, "the part " + name + " expands to more " + why + "; the file is refused");
    }

    static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }

    static String ratio(double r) {
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%,d", (long) r) : Double.toString(r);
    }

    /** A stream that refuses to give more than its limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final String message;
        private long read;

        Bounded(InputStream in, long limit, String message) {
            super(in);
            this.limit = limit;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - read + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new CellDamage((String) null, message);
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
