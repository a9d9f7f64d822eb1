package io.workplan.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The formats a progress table comes in, and how a file's format is found: by its bytes first (a
 * page saved under an {@code .xls} name is a page), by its name when the bytes do not tell.
 *
 * @since 0.1.0
 */
public enum Format {
    /** An Excel workbook, Office Open XML ({@code .xlsx}). */
    XLSX("xlsx"),
    /** An Excel 97-2003 workbook ({@code .xls}). */
    XLS("xls"),
    /** A web page holding the table ({@code .html}, {@code .htm}). */
    HTML("html", "htm"),
    /** A Word document, Office Open XML ({@code .docx}). */
    DOCX("docx"),
    /** Comma-separated values ({@code .csv}). */
    CSV("csv"),
    /** Tab-separated values ({@code .tsv}, {@code .txt}). */
    TSV("tsv", "txt"),
    /** workplan's JSON report ({@code .json}). */
    JSON("json");

    private static final int SNIFF_BYTES = 4096;
    private final String[] extensions;

    Format(String... extensions) {
        this.extensions = extensions;
    }

    /**
     * The file name extensions of the format, the first the one written.
     *
     * @return the extensions, without the dot
     */
    public String[] extensions() {
        return extensions.clone();
    }

    /**
     * The format a file's name says.
     *
     * @param file a file
     * @return the format, when its extension is one of workplan's
     * @throws NullPointerException if {@code file} is null
     */
    public static Optional<Format> byName(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = n.substring(dot + 1);
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (e.equals(extension)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The format of a file, by its bytes where they tell (a zip holding a workbook or a Word document,
     * an OLE2 file, a page's markup, a JSON object), else by its name: a page saved as {@code .xls}
     * is {@link #HTML}, a workbook named {@code .json} is {@link #XLSX}.
     *
     * @param file a file
     * @return the format, or empty when neither the bytes nor the name tell
     * @throws NullPointerException if {@code file} is null
     * @throws IOException when the file cannot be read
     */
    public static Optional<Format> detect(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        Optional<Format> named = byName(file);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipFormat(file).or(() -> named);
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            // an OLE2 compound file: an .xls workbook (a .doc is refused by the Word reader with its words)
            return Optional.of(named.filter(f -> f == DOCX).orElse(XLS));
        }
        String text = leadingText(head);
        if (text.startsWith("<")) {
            return Optional.of(HTML);
        }
        if (text.startsWith("{") && named.map(f -> f != CSV && f != TSV).orElse(true)) {
            return Optional.of(JSON);
        }
        return named;
    }

    /** Which Office document a zip is, by its entries' names. */
    private static Optional<Format> zipFormat(Path file) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (int i = 0; i < 1000; i++) {
                ZipEntry entry = zip.getNextEntry();
                if (entry == null) {
                    break;
                }
                String name = entry.getName();
                if (name.startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
                if (name.startsWith("word/")) {
                    return Optional.of(DOCX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged zip: its reader says what is wrong with it
        }
        return Optional.empty();
    }

    /** The first characters of a text file, without a byte-order mark or leading blanks, in UTF-8 or UTF-16. */
    private static String leadingText(byte[] head) {
        String text;
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
        } else if (head.length >= 2 && head[0] == '<' && head[1] == 0) {
            text = new String(head, StandardCharsets.UTF_16LE);
        } else if (head.length >= 2 && head[0] == 0 && head[1] == '<') {
            text = new String(head, StandardCharsets.UTF_16BE);
        } else {
            text = new String(head, StandardCharsets.ISO_8859_1); // markup and braces are ASCII in UTF-8 and GBK alike
        }
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF'
                || text.startsWith("\u00EF\u00BB\u00BF", i))) {
            i += text.startsWith("\u00EF\u00BB\u00BF", i) ? 3 : 1;
        }
        return text.substring(i);
    }
}
