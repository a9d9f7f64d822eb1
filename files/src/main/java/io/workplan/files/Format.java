package io.workplan.files;

import io.workplan.core.internal.FileKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
     * @return the format, or empty when neither the bytes nor the name tell, or the bytes tell a
     *     format that no reader reads (an OpenDocument spreadsheet, a PDF, an image, …: {@link
     *     ReportFiles#formatOf(Path)} says which)
     * @throws NullPointerException if {@code file} is null
     * @throws IOException when the file cannot be read
     */
    public static Optional<Format> detect(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return of(FileKind.of(file), byName(file));
    }

    /** The format of a file of a kind, its name deciding where the bytes do not. */
    static Optional<Format> of(FileKind kind, Optional<Format> named) {
        switch (kind.kind()) {
            case XLSX:
            case XLSX_STRICT:
            case XLSB:
                // the workbook reader says why a Strict or binary workbook is not read, and what to do
                return Optional.of(XLSX);
            case XLS:
            case ENCRYPTED:
                // an OLE2 compound file: an .xls workbook; an encrypted one is refused by its reader, with its words
                return Optional.of(named.filter(f -> f == DOCX).orElse(XLS));
            case DOCX:
            case DOC:
            case ODT:
                return Optional.of(DOCX);
            case HTML:
                return Optional.of(HTML);
            case JSON:
                return named.filter(f -> f == CSV || f == TSV).or(() -> Optional.of(JSON));
            case TEXT:
            case BINARY:
                return named;
            default:
                // a kind no reader reads (an OpenDocument file, a PDF, …): ReportFiles says what it is
                return Optional.empty();
        }
    }
}
