package io.workplan.html.corpus;

import io.workplan.sheet.corpus.Corpus;
import io.workplan.sheet.corpus.Corpus.Item;
import io.workplan.sheet.corpus.Corpus.Producer;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Broken and hostile pages, each with the exact outcome expected of it: refused with our exception
 * (a part of the first error's reason, its cell and line), or read (its number of tasks). Every
 * item writes its file; the large ones are streamed to disk, never held in memory.
 */
public final class HtmlCorpus {
    /** The title of the corpus's tables, naming the period. */
    public static final String TITLE = Corpus.TITLE;
    private static final String HEADER = "<tr><td>序号</td><td>项目名称</td><td>主要工作内容</td><td>牵头单位</td><td>完成进度</td></tr>\n";
    private static final String ROW = "<tr><td>1</td><td>主要经济指标</td><td>地区生产总值增长5.5%。</td><td>区发改经信局</td><td>52%</td></tr>\n";

    /**
     * What reading an item must give.
     *
     * @param refused whether it is refused
     * @param reason a part of the first error's reason, when refused
     * @param cell the A1 cell of the first error, or {@code null} for a problem of the whole page
     * @param line the line of the first error, or 0 when it has none
     * @param tasks the number of tasks, when read
     */
    public record Outcome(boolean refused, String reason, String cell, int line, int tasks) {
        static Outcome refused(String reason, String cell, int line) {
            return new Outcome(true, reason, cell, line, 0);
        }

        static Outcome read(int tasks) {
            return new Outcome(false, null, null, 0, tasks);
        }
    }

    private HtmlCorpus() {}

    /**
     * Every item.
     *
     * @return the items
     */
    public static List<Item<Outcome>> items() {
        return List.of(
                new Item<>("a page truncated inside a row", "truncated.html", Outcome.read(1),
                        text("<html><body><table><tr><td colspan=5>" + TITLE + "</td></tr>\n" + HEADER + ROW
                                + "<tr><td>2</td><td>主要经济")),
                new Item<>("a Word document named .html", "document.html", Outcome.refused("it is a Word document (.docx), not a web"
                        + " page (HTML): read it with WordReader", null, 0), file -> {
                            try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
                                zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
                                zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            }
                        }),
                new Item<>("an empty file", "empty.html", Outcome.refused("the file is empty (0 bytes), not a web page (HTML)", null, 0),
                        file -> java.nio.file.Files.write(file, new byte[0])),
                new Item<>("a PNG image named .htm", "scan.htm", Outcome.refused("it is a PNG image (a scan or a photograph of the"
                        + " table?), not a web page (HTML)", null, 0), file -> java.nio.file.Files.write(file,
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'})),
                new Item<>("a page without a table", "no-table.html",
                        Outcome.refused("the document holds no table", null, 0),
                        text("<html><body><p>" + TITLE + "</p></body></html>")),
                new Item<>("a table without a header", "no-header.html",
                        Outcome.refused("has no header naming the task content", null, 0),
                        text("<table><tr><td>1</td><td>地区生产总值增长5.5%。</td><td>52%</td></tr></table>")),
                new Item<>("a page of 200 MB", "huge.html",
                        Outcome.refused("more than the 67108864 bytes that HtmlReadOptions.maxFileBytes allows", null, 0),
                        HtmlCorpus::hugePage),
                new Item<>("100,000 nested <div>s", "deep.html",
                        Outcome.refused("the page nests its elements deeper than 512", null, 1),
                        text("<html><body>" + "<div>".repeat(100_000) + "</body></html>")),
                new Item<>("a cell of 100,000 characters", "long-cell.html",
                        Outcome.refused("longer than 32767 characters", "C3", 4),
                        text(table("<tr><td>1</td><td>经济</td><td>" + "长".repeat(100_000) + "</td><td>区财政局</td><td>50%</td></tr>\n"))),
                new Item<>("rowspan=\"100000000\"", "huge-rowspan.html", Outcome.read(2),
                        text(table("<tr><td>1</td><td rowspan=\"100000000\">经济</td><td>任务一。</td><td>区财政局</td><td>50%</td></tr>\n"
                                + "<tr><td>2</td><td>任务二。</td><td>区财政局</td><td>已完成</td></tr>\n"))),
                new Item<>("colspan=\"-3\"", "negative-colspan.html", Outcome.read(1),
                        text(table("<tr><td colspan=\"-3\">1</td><td>经济</td><td>任务一。</td><td>区财政局</td><td>50%</td></tr>\n"))),
                new Item<>("rowspan=\"abc\"", "word-rowspan.html", Outcome.read(2),
                        text(table("<tr><td>1</td><td rowspan=\"abc\">经济</td><td>任务一。</td><td>区财政局</td><td>50%</td></tr>\n"
                                + "<tr><td>2</td><td>经济</td><td>任务二。</td><td>区财政局</td><td>已完成</td></tr>\n"))),
                new Item<>("colspan=\"1000\" over 65,534 rows", "span-bomb.html",
                        Outcome.refused("the table has more than 4000000 cells", "A3", 4),
                        text(table("<tr><td colspan=\"1000\" rowspan=\"65534\">x</td></tr>\n"
                                + "<tr><td></td></tr>\n".repeat(70_000)))),
                new Item<>("invalid bytes in a UTF-8 page", "invalid-utf8.html",
                        Outcome.refused("bytes that are not UTF-8 (<meta charset=utf-8> at line 1)", null, 7),
                        file -> Files.write(file, concat(("<html><head><meta charset=utf-8></head><body>\n" + table(ROW))
                                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28},
                                "</body></html>".getBytes(StandardCharsets.UTF_8)))),
                new Item<>("a GBK page without a meta", "gbk-no-meta.html",
                        Outcome.refused("the page reads as GBK (GB18030)", null, 3),
                        file -> Files.write(file, ("<html><body>\n" + table(ROW) + "</body></html>").getBytes(Charset.forName("GBK")))),
                new Item<>("a page declaring an unknown charset", "unknown-charset.html",
                        Outcome.refused("the page declares the charset x-workplan-nonsense", null, 1),
                        text("<meta charset=\"x-workplan-nonsense\">" + table(ROW))),
                new Item<>("a table whose rows are all blank", "blank-rows.html",
                        Outcome.refused("has no header naming the task content", null, 0),
                        text("<table>" + "<tr><td>&nbsp;</td><td> </td></tr>".repeat(1000) + "</table>")));
    }

    private static String table(String rows) {
        return "<table border=1>\n<tr><td colspan=5>" + TITLE + "</td></tr>\n" + HEADER + rows + "</table>\n";
    }

    private static Producer text(String html) {
        return file -> Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** A valid page of 200 MB, written row by row. */
    private static void hugePage(Path file) throws Exception {
        try (OutputStream stream = Files.newOutputStream(file);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<html><body><table><tr><td colspan=5>" + TITLE + "</td></tr>\n" + HEADER);
            long written = 0;
            for (int i = 1; written < 200L << 20; i++) {
                String row = "<tr><td>" + i + "</td><td>经济</td><td>任务" + i + "。</td><td>区财政局</td><td>50%</td></tr>\n";
                out.write(row);
                written += row.length() * 2L; // at least the UTF-8 bytes of its mostly Chinese text
            }
            out.write("</table></body></html>");
        }
    }
}
