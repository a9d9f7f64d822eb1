package io.workplan.json.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Broken and hostile JSON inputs, each with a name, a file name, what it is, and whether a reader
 * must refuse it: the corpus that {@code JsonCorpusTest} pins the reader's exact answer to, that
 * the fuzz test starts from, and that other modules (the CLI's {@code validate}) run over, through
 * this module's test jar.
 *
 * <p>Small inputs are files in {@value #RESOURCES}; large ones (deep nesting, a 10 MB number, a
 * 100 MB string, ten thousand tasks) are made by code, as a stream, so that they cost no memory
 * until read and nothing in git.
 *
 * <pre>{@code
 * for (JsonCorpus.Item item : JsonCorpus.invalid()) {
 *     Path file = item.writeTo(directory);
 *     // workplan validate file: exits 1 with a message
 * }
 * }</pre>
 */
public final class JsonCorpus {

    /** Where the corpus's files are on the class path. */
    public static final String RESOURCES = "/io/workplan/json/corpus/";

    /** The tasks of {@code many-tasks-with-one-number.json}. */
    public static final int MANY_TASKS = 10_000;

    /** The length of the title of {@code hundred-megabyte-title.json}, in characters (and bytes). */
    public static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;

    private static final String HEAD = "{\"formatVersion\":1,\"title\":\"2024年第二季度主要任务完成情况\",\"period\":{\"year\":2024,\"quarter\":2},"
            + "\"categories\":[{\"name\":\"主要经济指标\"}],\"tasks\":[";

    private static final List<Item> ITEMS = List.of(
            file("valid", false, "a small report of one task: every other item is this one broken"),
            file("empty", true, "no bytes at all"),
            file("whitespace-only", true, "blanks, tabs and line breaks (LF and CR LF), nothing else"),
            file("truncated-in-a-name", true, "cut off inside a property name"),
            file("truncated-in-a-string", true, "cut off inside the title"),
            file("truncated-in-a-number", true, "cut off inside a percentage"),
            file("truncated-after-a-task", true, "cut off after the last task, before the closing brackets"),
            file("trailing-garbage", true, "a report followed by a word"),
            file("a-second-document", true, "two reports, one after the other"),
            file("duplicate-key", true, "the title given twice: never last-wins"),
            file("duplicate-key-in-progress", true, "a percentage given twice in one progress"),
            file("unknown-format-version", true, "formatVersion 3"),
            file("missing-format-version", true, "no formatVersion"),
            file("format-version-as-string", true, "formatVersion \"1\""),
            file("nan-percent", true, "a percentage NaN, which JSON does not have"),
            file("infinite-percent", true, "a percentage -Infinity, which JSON does not have"),
            file("huge-exponent-percent", true, "a percentage 1e1000000000: a billion zeros if written out"),
            file("minus-zero-percent", false, "a percentage -0: zero"),
            file("tiny-percent", false, "a percentage 1e-400: below the smallest double, exact as a BigDecimal"),
            file("text-and-percent-disagree", true, "a text 60% stored with the percentage 61"),
            file("text-shows-another-percent", true, "a text 52% stored with the percentage 10"),
            file("kind-disagrees-with-text", true, "a text 52% stored as kind completed"),
            file("percent-beyond-a-sheet", true, "a percentage 1E+400, beyond the largest number a spreadsheet cell holds"),
            file("narrative-shows-no-percent", true, "a narrative 同比增长6.4% (a growth, not a share) stored with the percentage 6.4"),
            file("narrative-percent-missing", true, "a narrative 完成全年任务的78% stored without its percentage"),
            file("negative-percent", true, "a percentage -5"),
            file("percent-rounded-as-shown", false, "a percentage 53.6 shown as 54%, as a cell formatted 0% shows it"),
            file("number-out-of-range", true, "a task number 2147483648, beyond int"),
            file("comment", true, "a // comment, which JSON does not have"),
            file("single-quotes", true, "a property name and value in single quotes"),
            file("control-character", true, "a raw tab inside a string"),
            file("wrong-types", true, "a value of the wrong type for every property of every object"),
            file("null-everywhere", true, "null for every value but formatVersion"),
            file("null-document", true, "the document null"),
            file("utf8-bom", false, "UTF-8 with a byte order mark"),
            file("utf16le-bom", false, "UTF-16LE with a byte order mark, as Windows PowerShell writes"),
            file("utf16be-no-bom", false, "UTF-16BE without a byte order mark, known by its zero bytes (RFC 4627)"),
            file("utf16le-unpaired-surrogate", true, "UTF-16LE with a byte order mark, holding a high surrogate alone"),
            file("escaped-unpaired-surrogate", false, "a high surrogate alone, written as the escape \\ud800"),
            file("lone-continuation-byte", true, "the byte 80 where a character starts"),
            file("overlong-slash", true, "C0 AF, an overlong form of /"),
            file("overlong-three-bytes", true, "E0 80 AE, an overlong form of ."),
            file("encoded-surrogate", true, "ED A0 80, the surrogate U+D800 encoded as if it were a character"),
            file("beyond-last-code-point", true, "F4 90 80 80, U+110000"),
            file("gbk-encoded", true, "the valid report in GBK, as Chinese Windows saves text"),
            file("cut-inside-a-character", true, "the file ends within the bytes of 第"),
            file("utf32-cut-inside-a-character", true, "n in UTF-32LE, then a byte (found by the fuzz test)"),
            file("workbook-named-json", true, "an Excel workbook (.xlsx) under a .json name"),
            file("word-document-named-json", true, "a Word document (.docx) under a .json name"),
            file("spreadsheet-named-json", true, "an OpenDocument spreadsheet (.ods) under a .json name"),
            file("pdf-named-json", true, "a PDF under a .json name"),
            file("page-named-json", true, "a web page under a .json name"),
            made("deep-nesting", "100,000 opening brackets",
                    () -> repeated("", "[", 100_000, "")),
            made("deep-nesting-in-a-task", "a task's progress nested 100,000 objects deep",
                    () -> repeated(HEAD + "{\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[],\"progress\":", "{\"text\":",
                            100_000, "")),
            made("ten-megabyte-number", "a percentage of ten million digits",
                    () -> repeated(HEAD + "{\"category\":\"主要经济指标\",\"content\":\"x\",\"leadUnits\":[],"
                            + "\"progress\":{\"text\":\"x\",\"kind\":\"percent\",\"percent\":", "1", 10_000_000, "}}]}")),
            made("hundred-megabyte-title", "a title of 100 MB",
                    () -> repeated("{\"formatVersion\":1,\"title\":\"", "x", HUNDRED_MEGABYTES, "\"}")),
            made("long-property-name", "a property name of 100,000 characters",
                    () -> repeated("{\"formatVersion\":1,\"", "n", 100_000, "\":1}")),
            made("many-tasks-with-one-number", "10,000 tasks numbered 7, 8, 7, 8, …: each number used again, never by the task just above", JsonCorpus::manyTasksWithOneNumber));

    private JsonCorpus() {}

    /**
     * Every item, the valid ones first.
     *
     * @return the items
     */
    public static List<Item> items() {
        return ITEMS;
    }

    /**
     * The items a reader must refuse.
     *
     * @return the invalid items
     */
    public static List<Item> invalid() {
        return ITEMS.stream().filter(Item::invalid).collect(Collectors.toList());
    }

    /**
     * The item of a name.
     *
     * @param name its name, such as {@code "duplicate-key"}
     * @return the item
     * @throws NoSuchElementException when there is none
     */
    public static Item named(String name) {
        return ITEMS.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no corpus item " + name));
    }

    /**
     * One input.
     *
     * @param name the name, such as {@code "duplicate-key"}
     * @param invalid whether a reader must refuse it
     * @param description what the input is
     * @param bytes its bytes, made as they are read ({@link #open()})
     * @param large whether it is made by code rather than kept as a file (it may be large)
     */
    public record Item(String name, boolean invalid, String description, Supplier<InputStream> bytes, boolean large) {
        /** @return the file's name: the name with {@code .json} */
        public String fileName() {
            return name + ".json";
        }

        /**
         * The input's bytes, made as they are read.
         *
         * @return a new stream of them; the caller closes it
         */
        public InputStream open() {
            return bytes.get();
        }

        /**
         * Writes the input into a directory as {@link #fileName()}.
         *
         * @param directory the directory
         * @return the file
         */
        public Path writeTo(Path directory) {
            Path file = directory.resolve(fileName());
            try (InputStream in = open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        @Override
        public String toString() {
            return fileName() + ": " + description;
        }
    }

    private static Item file(String name, boolean invalid, String description) {
        String resource = RESOURCES + name + ".json";
        return new Item(name, invalid, description, () -> {
            InputStream in = JsonCorpus.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            return in;
        }, false);
    }

    private static Item made(String name, String description, Supplier<InputStream> bytes) {
        return new Item(name, true, description, bytes, true);
    }

    /** A head, a unit repeated, and a tail, made as they are read. */
    private static InputStream repeated(String head, String unit, long times, String tail) {
        byte[] unitBytes = unit.getBytes(StandardCharsets.UTF_8);
        InputStream body = new InputStream() {
            private final long length = unitBytes.length * times;
            private long position;

            @Override
            public int read() {
                return position < length ? unitBytes[(int) (position++ % unitBytes.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = unitBytes[(int) (position++ % unitBytes.length)];
                }
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(utf8(head), body), utf8(tail));
    }

    private static InputStream manyTasksWithOneNumber() {
        StringBuilder json = new StringBuilder(HEAD);
        for (int i = 0; i < MANY_TASKS; i++) {
            // 7, 8, 7, 8, …: every number from the third task on is another's, never the task's just above
            // (sub-items of one item share its number one after another, which a report accepts)
            json.append(i == 0 ? "" : ",").append("{\"number\":").append(7 + i % 2).append(",\"category\":\"主要经济指标\",\"content\":\"任务").append(i)
                    .append("\",\"leadUnits\":[\"区发改经信局\"]}");
        }
        return utf8(json.append("]}").toString());
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
