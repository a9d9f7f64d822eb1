package io.workplan.files;

import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import io.workplan.core.internal.FileKind;
import io.workplan.csv.CsvReadOptions;
import io.workplan.csv.CsvReadResult;
import io.workplan.csv.CsvReader;
import io.workplan.csv.CsvWriter;
import io.workplan.csv.CsvWriterOptions;
import io.workplan.excel.ExcelReadOptions;
import io.workplan.excel.ExcelReadResult;
import io.workplan.excel.ExcelReader;
import io.workplan.excel.ExcelWriter;
import io.workplan.excel.ExcelWriterOptions;
import io.workplan.html.HtmlReadOptions;
import io.workplan.html.HtmlReader;
import io.workplan.html.HtmlWriter;
import io.workplan.json.JsonReader;
import io.workplan.json.JsonWriter;
import io.workplan.sheet.TableException;
import io.workplan.sheet.TableReadOptions;
import io.workplan.sheet.TableReader;
import io.workplan.word.WordReadOptions;
import io.workplan.word.WordReadResult;
import io.workplan.word.WordReader;
import io.workplan.word.WordWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One door to every format: read a progress table from whatever file holds it, write a report by the
 * target's name. Each format's own reader and writer (with all their options) stay there for those
 * who need them.
 *
 * <pre>{@code
 * FileReadResult read = ReportFiles.read(Path.of("附件1.xls"));   // a web page saved as .xls: read as a page
 * ReportFiles.write(read.report(), Path.of("2024-q2.xlsx"));     // the official sheet
 * ReportFiles.write(read.report(), Path.of("2024-q2.html"));     // the published table
 * }</pre>
 *
 * <h2>Which format</h2>
 *
 * A file's format is found by its bytes first ({@link Format#detect(Path)}): an .xlsx or a .docx by the
 * entries of its zip, an .xls by its OLE2 signature, a page by its markup (whatever its name: the page
 * saved as {@code .xls} that sites offer for download), a JSON report by its brace; the name decides
 * between CSV and TSV, and for a file whose bytes say nothing.
 *
 * <p>Writing goes by the target's extension: {@code .xlsx}, {@code .xls}, {@code .html} / {@code .htm},
 * {@code .docx}, {@code .csv} (UTF-8 with a byte-order mark, as Excel wants), {@code .tsv}, {@code
 * .json}; any other is refused. Every writer writes completely or not at all.
 *
 * <p>Every failure is a {@link io.workplan.core.WorkplanException} listing its problems with their
 * places; no exception of a dependency escapes for bad input.
 *
 * @since 0.1.0
 */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * Reads the progress table of a file, whatever its format, strictly.
     *
     * @param file the file
     * @return the report, its warnings and the format found
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems
     */
    public static FileReadResult read(Path file) {
        return read(file, FileReadOptions.defaults());
    }

    /**
     * Reads the progress table of a file, whatever its format.
     *
     * @param file the file
     * @param options how to read it
     * @return the report, its warnings and the format found
     * @throws io.workplan.core.WorkplanException when the file cannot be read or (strict) has problems
     */
    public static FileReadResult read(Path file, FileReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Format format = formatOf(file);
        ImmutableFileReadResult.Builder result = FileReadResult.builder().format(format);
        switch (format) {
            case JSON:
                return result.report(JsonReader.create().read(file)).build();
            case HTML: {
                TableReader.Read read = HtmlReader.create(HtmlReadOptions.builder().table(options.table())
                        .sourceName(options.sourceName()).build()).read(file);
                return result.report(read.report()).warnings(read.summary().warnings()).build();
            }
            case CSV:
            case TSV: {
                CsvReadOptions.Builder csv = CsvReadOptions.builder().tableOptions(options.table());
                options.sourceName().ifPresent(csv::sourceName);
                if (format == Format.TSV) {
                    csv.delimiter('\t');
                }
                CsvReadResult read = CsvReader.create(csv.build()).read(file);
                return result.report(read.report()).warnings(read.warnings())
                        .encoding(read.charset().name() + (read.byteOrderMark() ? " with a byte-order mark" : "")
                                + ", " + delimiter(read.delimiter()))
                        .build();
            }
            case DOCX: {
                WordReadResult read = WordReader.create(WordReadOptions.builder().table(options.table())
                        .sourceName(options.sourceName()).build()).read(file);
                return result.report(read.report()).warnings(read.warnings()).build();
            }
            default: {
                TableReadOptions table = options.table();
                ExcelReadOptions.Builder excel = ExcelReadOptions.builder().lenient(table.lenient())
                        .streaming(options.streaming()).progressListener(table.progressListener());
                table.title().ifPresent(excel::title);
                table.period().ifPresent(excel::period);
                table.headers().forEach((header, role) -> excel.addHeader(role, header));
                table.table().ifPresent(excel::sheetIndex);
                options.sheetName().ifPresent(excel::sheetName);
                options.sourceName().ifPresent(excel::sourceName);
                ExcelReadResult read = ExcelReader.create(excel.build()).read(file);
                return result.report(read.report()).warnings(read.warnings()).build();
            }
        }
    }

    /**
     * The format a file is read as: by its bytes first, else by its name.
     *
     * @param file the file
     * @return the format
     * @throws TableException when the file cannot be opened, or neither its bytes nor its name say
     *     what it is
     */
    public static Format formatOf(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw refused(source, Files.exists(file) ? "not a file" : "no such file");
        }
        FileKind kind;
        try {
            kind = FileKind.of(file);
        } catch (IOException e) {
            throw refused(source, "the file cannot be read (" + e.getMessage() + ")");
        }
        return Format.of(kind, Format.byName(file)).orElseThrow(() -> refused(source, kind.kind() != FileKind.Kind.EMPTY
                && (kind.isText() || kind.kind() == FileKind.Kind.BINARY) ? "neither its contents nor its name say what it is; workplan reads "
                + extensions() : kind.refusal("a table workplan reads (" + extensions() + ")")));
    }

    /**
     * Writes a report in the format its target's name says.
     *
     * @param report the report
     * @param file the target: {@code .xlsx}, {@code .xls}, {@code .html}, {@code .htm}, {@code .docx},
     *     {@code .csv}, {@code .tsv} or {@code .json}
     * @throws io.workplan.core.WorkplanException when the name names no format workplan writes, the
     *     report cannot be written in that format (every problem listed), or the file cannot be written
     */
    public static void write(ProgressReport report, Path file) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(file, "file");
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Format format = Format.byName(file).filter(f -> !(f == Format.TSV && source.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")))
                .orElseThrow(() -> refused(source, "its name names no format workplan writes; give it one of "
                        + extensions()));
        switch (format) {
            case JSON:
                JsonWriter.create().write(report, file);
                break;
            case HTML:
                HtmlWriter.create().write(report, file);
                break;
            case CSV:
                CsvWriter.create().write(report, file);
                break;
            case TSV:
                CsvWriter.create(CsvWriterOptions.builder().delimiter('\t').build()).write(report, file);
                break;
            case DOCX:
                WordWriter.create().write(report, file);
                break;
            default:
                ExcelWriter.create(ExcelWriterOptions.defaults()).write(report, file);
        }
    }

    private static String delimiter(char c) {
        return c == '\t' ? "tab-separated" : c == ',' ? "comma-separated" : "separated by '" + c + "'";
    }

    private static String extensions() {
        return Arrays.stream(Format.values()).flatMap(f -> Arrays.stream(f.extensions()))
                .filter(e -> !e.equals("txt")).map(e -> "." + e).collect(Collectors.joining(", "));
    }

    private static TableException refused(String source, String reason) {
        return new TableException("Cannot read " + source, List.of(Problem.builder().source(source).reason(reason).build()));
    }
}
