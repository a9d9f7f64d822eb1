package io.workplan.csv;

import io.workplan.core.internal.Checks;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How {@link CsvWriter} writes a table: its charset, whether a Unicode file begins with a
 * byte-order mark, and the delimiter.
 *
 * <pre>{@code
 * CsvWriterOptions gbk = CsvWriterOptions.builder().charset(Charset.forName("GBK")).build();
 * CsvWriterOptions tsv = CsvWriterOptions.builder().delimiter('\t').byteOrderMark(false).build();
 * }</pre>
 *
 * The charsets are those {@link CsvReader} finds back from the bytes: UTF-8 (with a byte-order
 * mark by default, so that Excel opens the file right; without it on request), UTF-16LE and
 * UTF-16BE (always with their mark), GBK and GB18030 (never with one).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CsvWriterOptions {
    private static final Set<String> CHARSETS = Set.of("UTF-8", "UTF-16LE", "UTF-16BE", "GBK", "GB18030");

    CsvWriterOptions() {}

    /**
     * A new builder.
     *
     * @return a builder of options
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: UTF-8 with a byte-order mark, comma-separated.
     *
     * @return the default options
     */
    public static CsvWriterOptions defaults() {
        return builder().build();
    }

    /**
     * The charset of the file.
     *
     * @return the charset; UTF-8 by default
     */
    @Value.Default
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /**
     * Whether a UTF-8 file begins with a byte-order mark (a UTF-16 file always does, a GBK or
     * GB18030 file never).
     *
     * @return whether to write the mark; {@code true} by default
     */
    @Value.Default
    public boolean byteOrderMark() {
        return true;
    }

    /**
     * The delimiter of the cells: a comma for CSV, a tab for TSV.
     *
     * @return the delimiter; a comma by default
     */
    @Value.Default
    public char delimiter() {
        return ',';
    }

    @Value.Check
    void check() {
        Checks checks = new Checks();
        String name = charset().name().toUpperCase(Locale.ROOT);
        checks.require(CHARSETS.contains(name), "charset", () -> charset().name() + " cannot be found back from the"
                + " bytes by the reader; write one of " + CHARSETS);
        checks.require(byteOrderMark() || !name.startsWith("UTF-16"), "byteOrderMark",
                () -> "a UTF-16 file must begin with its byte-order mark, which tells the reader its charset");
        char d = delimiter();
        checks.require(d != '"' && d != '\r' && d != '\n', "delimiter", () -> "a quote or a line break cannot be the delimiter");
        checks.throwIfAny("CsvWriterOptions");
    }

    /**
     * Builds {@link CsvWriterOptions}; every setting is optional. One setter per attribute, named as its
     * accessor (which documents it); {@code addX} and {@code addAllX} for a list; {@code from} copies a value;
     * {@code build()} checks the value and reports every problem at once in a {@link
     * io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableCsvWriterOptions.Builder {
        Builder() {}
    }
}
