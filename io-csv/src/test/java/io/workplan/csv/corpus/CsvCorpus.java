package io.workplan.csv.corpus;

import io.workplan.csv.CsvReadOptions;
import io.workplan.sheet.corpus.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Broken and hostile CSV files, each with the exact outcome expected of it: our exception with the
 * problem's line, cell and reason, or a correct read. Small files are built here from their text, so
 * that what each holds can be read; the huge ones are generated as streams, never held in memory.
 */
public final class CsvCorpus {
    /** The title of the corpus's tables, naming the period. */
    public static final String TITLE = Corpus.TITLE;
    /** Their header. */
    public static final String HEADER = "序号,项目名称,主要工作内容,牵头单位,完成进度";
    /** A task's record. */
    public static final String TASK = "1,主要经济指标,地区生产总值增长5.5%。,区发改经信局,52%";

    private static final Charset GBK = Charset.forName("GBK");
    private static final long GIB = 1L << 30;

    /**
     * What reading an item must give.
     *
     * @param refused whether the reader must refuse it with our exception
     * @param reason a part of the reason of its one error, when refused
     * @param line the problem's line, 0 for none
     * @param cell the problem's A1 cell, or {@code null} for none
     * @param tasks the number of tasks, when read
     */
    public record Outcome(boolean refused, String reason, int line, String cell, int tasks) {
        static Outcome refused(String reason, int line) {
            return new Outcome(true, reason, line, null, 0);
        }

        static Outcome refusedAt(String reason, int line, String cell) {
            return new Outcome(true, reason, line, cell, 0);
        }

        static Outcome read(int tasks) {
            return new Outcome(false, null, 0, null, tasks);
        }
    }

    /**
     * One input.
     *
     * @param name what it is, as a test's display name
     * @param fileName the file's name
     * @param options the reading's options
     * @param outcome what reading it must give
     * @param bytes its bytes, as a new stream each time
     * @param huge whether it is too large to be written to a file in a test (it is read as a stream only)
     */
    public record Item(String name, String fileName, CsvReadOptions options, Outcome outcome,
            Supplier<InputStream> bytes, boolean huge) {
        /**
         * Writes the item's file into a directory.
         *
         * @param dir the directory
         * @return the file
         * @throws Exception when it cannot be written
         */
        public Path writeInto(Path dir) throws Exception {
            return Corpus.write(dir, fileName, file -> {
                try (InputStream in = bytes.get()) {
                    Files.copy(in, file);
                }
            });
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private CsvCorpus() {}

    /**
     * Every item.
     *
     * @return the items
     */
    public static List<Item> items() {
        CsvReadOptions defaults = CsvReadOptions.defaults();
        return List.of(
                small("a valid table, a quoted cell holding a line break and a doubled quote", "valid.csv",
                        Outcome.read(2), utf8(lines(TITLE, HEADER, TASK, "2,,\"一般公共预算收入\n增长与\"\"经济\"\"同步。\",区财政局,已完成"))),
                small("a PDF named .csv", "report.csv", Outcome.refused("it is a PDF document, not CSV or TSV text: ask for the"
                        + " table as a workbook", 0), utf8("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")),
                small("a zip (an .xlsx) named .csv", "workbook.csv", Outcome.refused("it is an Excel workbook (.xlsx), not CSV or"
                        + " TSV text: read it with ExcelReader", 0), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0,
                            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 'x', 'l', '/', 'w', 'o', 'r', 'k', 'b', 'o', 'o', 'k', '.',
                            'x', 'm', 'l', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}),
                small("an unclosed quote at line 4", "unclosed-quote.csv",
                        Outcome.refused("a quoted cell opened in the record at line 4 is never closed", 4),
                        utf8(lines(TITLE, HEADER, TASK, "2,,\"一般公共预算收入增长,区财政局,52%", "3,,有效投资,区发改经信局,53.6%"))),
                small("a character after a closing quote at line 3", "after-quote.csv",
                        Outcome.refused("a character follows the closing quote of a cell", 3),
                        utf8(lines(TITLE, HEADER, "1,主要经济指标,\"地区生产总值\"增长,区发改经信局,52%"))),
                small("an invalid byte (0xFF) at line 4 of a GBK file", "invalid-byte.csv",
                        Outcome.refused("nor GBK/GB18030 (the byte FF cannot be decoded as GB18030)", 4),
                        concat(gbk(lines(TITLE, HEADER, TASK)), new byte[] {'2', ',', (byte) 0xFF, '\r', '\n'})),
                small("a GBK file cut inside a character", "truncated.csv",
                        Outcome.refused("nor GBK/GB18030 (the byte D6 cannot be decoded as GB18030)", 3),
                        cut(gbk(lines(TITLE, HEADER, "1,主")))),
                small("UTF-8 that names another charset, read as GBK: refused where GBK cannot decode it", "forced.csv",
                        CsvReadOptions.builder().charset(GBK).build(),
                        Outcome.refused("cannot be decoded as GBK", 1), utf8(lines("\uD83D\uDE00" + TITLE, HEADER, TASK))),
                small("mixed delimiters: tabs in a comma-separated file", "mixed.csv",
                        Outcome.refusedAt("the record at line 3 is one cell holding tabs, in a file whose cells are separated by commas", 3, "A3"), utf8(lines(TITLE, HEADER, TASK.replace(',', '\t')))),
                small("a byte-order mark in the middle (two files joined)", "joined.csv",
                        Outcome.refused("a byte-order mark (U+FEFF) is in the middle of the file", 4),
                        concat(utf8Bom(lines(TITLE, HEADER, TASK)), utf8Bom(lines(TITLE, HEADER, TASK)))),
                small("an empty file", "empty.csv", Outcome.refused("the file is empty (0 bytes)", 0), new byte[0]),
                small("only a header", "header-only.csv", Outcome.refusedAt("no title above the header, and the document gives none", 0, "A1"), utf8(lines(HEADER))),
                small("a NUL byte at line 3", "nul.csv",
                        Outcome.refused("a NUL character (U+0000) is in the text", 3),
                        utf8(lines(TITLE, HEADER, "1,主要经济指标,地区\u0000生产总值,区发改经信局,52%"))),
                small("UTF-16LE without a byte-order mark", "utf16-no-mark.csv",
                        Outcome.refused("it holds NUL bytes, as UTF-16 without a byte-order mark does", 7),
                        lines(TITLE, HEADER, TASK).getBytes(StandardCharsets.UTF_16LE)),
                small("a cell of 40,000 characters at C3", "long-cell.csv",
                        Outcome.refusedAt("the cell holds 40,000 characters, more than the limit of 32,767", 3, "C3"),
                        utf8(lines(TITLE, HEADER, "1,主要经济指标," + "长".repeat(40_000) + ",区发改经信局,52%"))),
                small("a record of 20,000 cells", "wide.csv",
                        Outcome.refused("the record at line 3 has 20,000 cells, more than the limit of 16,384", 3),
                        utf8(lines(TITLE, HEADER, ",".repeat(19_999)))),
                small("1,048,577 records", "many-records.csv",
                        Outcome.refused("the file has more than 1,048,576 records", 1_048_577),
                        utf8(lines(TITLE, HEADER) + "\r\n".repeat(1_048_577))),
                small("a quoted cell of 8 MiB in short lines", "tall-cell.csv",
                        Outcome.refused("the record starting at line 3 is longer than 1,048,576 characters", 3),
                        utf8(lines(TITLE, HEADER) + "1,主要经济指标,\"" + "进展\n".repeat(3 << 20) + "\",区发改经信局,52%\r\n")),
                huge("a line of 1 GiB, unquoted, as a stream", "huge-line.csv", defaults,
                        Outcome.refused("line 3 holds more than 4,194,304 bytes", 3),
                        () -> new GeneratedStream(utf8(lines(TITLE, HEADER) + "1,主要经济指标,"), GIB, (byte) 'a', 0)),
                huge("a quoted cell of 1 GiB in short lines, as a stream", "huge-quoted.csv", defaults,
                        Outcome.refused("the file holds more than 268,435,456 bytes (256 MiB)", 0),
                        () -> new GeneratedStream(utf8(lines(TITLE, HEADER) + "1,主要经济指标,\""), GIB, (byte) 'a', 80)),
                huge("a line of 1 GiB, the file limit raised to 2 GiB and the record's lowered, as a stream", "huge-line-raised.csv",
                        CsvReadOptions.builder().maxFileBytes(2 * GIB).maxRecordChars(1 << 16).build(),
                        Outcome.refused("line 3 holds more than 262,144 bytes", 3),
                        () -> new GeneratedStream(utf8(lines(TITLE, HEADER) + "1,"), GIB, (byte) 'a', 0)));
    }

    private static Item small(String name, String fileName, Outcome outcome, byte[] bytes) {
        return small(name, fileName, CsvReadOptions.defaults(), outcome, bytes);
    }

    private static Item small(String name, String fileName, CsvReadOptions options, Outcome outcome, byte[] bytes) {
        return new Item(name, fileName, options, outcome, () -> new java.io.ByteArrayInputStream(bytes), false);
    }

    private static Item huge(String name, String fileName, CsvReadOptions options, Outcome outcome,
            Supplier<InputStream> bytes) {
        return new Item(name, fileName, options, outcome, bytes, true);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8Bom(String text) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
    }

    private static byte[] gbk(String text) {
        return text.getBytes(GBK);
    }

    /** Without its last byte and line break: a text ending inside a character of two bytes. */
    private static byte[] cut(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length - 3);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
