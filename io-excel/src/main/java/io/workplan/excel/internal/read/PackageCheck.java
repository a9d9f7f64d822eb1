package io.workplan.excel.internal.read;

import io.workplan.core.internal.FileErrors;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What the reader checks of an .xlsx file (a zip of XML parts) before Apache POI opens it, with
 * limits of its own rather than POI's JVM-wide settings: how far each part expands (its size and
 * its ratio to its compressed size, as the zip's directory declares them), and that no XML part
 * declares a DOCTYPE (Excel never writes one; a DOCTYPE is how external entities and entity
 * expansion come in). Each XML part is inflated once, within its budget ({@link PartBudget}: the
 * size its entry declares, within those limits), so that a part whose declared size lies is refused
 * before either reading mode reads it; a prolog is at most {@value #MAX_PROLOG_CHARS} characters.
 * The count of parts is held to Apache POI's own limit ({@code ZipSecureFile.getMaxFileCount()}),
 * so that a workbook of very many sheets is told as such. A zip whose directory cannot be read is
 * left to POI, which says what is wrong with it; POI's own guards still apply while it inflates the
 * parts.
 */
final class PackageCheck {
    /** Parts smaller than this are not held to the ratio: a small part of repeated blanks is no bomb. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    /** The longest prolog (what comes before the root element) a part may have: 1 MiB of characters. */
    static final int MAX_PROLOG_CHARS = 1 << 20;

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*([\"'])([^\"']*)\\1");

    private PackageCheck() {}

    /**
     * Checks a package.
     *
     * @param path the file
     * @param source its name, for messages
     * @param maxPartBytes the largest size of a part, expanded
     * @param maxInflateRatio the largest ratio of a part's expanded size to its compressed size
     * @throws io.workplan.excel.ExcelException when a part is beyond a limit or declares a DOCTYPE
     */
    static void check(Path path, String source, long maxPartBytes, double maxInflateRatio) {
        PartBudget budget = new PartBudget(maxPartBytes, maxInflateRatio);
        try (ZipFile zip = new ZipFile(path.toFile())) {
            long maxParts = ZipSecureFile.getMaxFileCount();
            if (zip.size() > maxParts) {
                throw WorkbookFiles.unreadable(source, String.format(Locale.ROOT, "the workbook has %,d parts, more than"
                        + " the %,d that Apache POI opens (its JVM-wide limit ZipSecureFile.setMaxFileCount, which this"
                        + " library never changes): a workbook of very many sheets or pictures, or a hostile file; if the"
                        + " file is trusted, the application can raise that limit", zip.size(), maxParts), null);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > maxPartBytes) {
                    throw WorkbookFiles.unreadable(source, "the part " + entry.getName() + " expands to " + PartBudget.bytes(size)
                            + ", more than the " + PartBudget.bytes(maxPartBytes) + " a part may have (ExcelReadOptions.maxPartBytes)", null);
                }
                if (size > RATIO_GRACE_BYTES && packed > 0 && size > packed * maxInflateRatio) {
                    throw WorkbookFiles.unreadable(source, "the part " + entry.getName() + " expands from " + PartBudget.bytes(packed)
                            + " to " + PartBudget.bytes(size) + ", " + (size / packed) + " times, more than the " + PartBudget.ratio(maxInflateRatio)
                            + " times ExcelReadOptions.maxInflateRatio allows: a zip bomb, or a sheet of very repetitive text;"
                            + " if the file is trusted, raise that limit (and Apache POI's own, JVM-wide zip-bomb guard,"
                            + " ZipSecureFile.setMinInflateRatio, which applies as well)", null);
                }
                String prolog;
                try {
                    prolog = isXml(entry.getName()) ? prologProblem(zip, entry, budget) : null;
                } catch (CellDamage e) {
                    throw WorkbookFiles.unreadable(source, e.getMessage(), null);
                }
                if (prolog != null) {
                    throw WorkbookFiles.unreadable(source, "the part " + entry.getName() + " " + prolog, null);
                }
            }
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("bad compression method")) {
                throw WorkbookFiles.unreadable(source, "a part is compressed with a zip method that Excel never writes (only"
                        + " deflate, or none); the file is refused unread (" + e.getMessage() + ")", e);
            }
            // otherwise not a zip that java.util.zip reads: POI's opening tells what is wrong
        } catch (IOException e) {
            throw WorkbookFiles.unreadable(source, "the file cannot be read: " + FileErrors.reason(e), e);
        }
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    /**
     * What is wrong with the prolog of an XML part (what comes before its first element), or
     * {@code null}. Reads only the prolog, as UTF-16 when the part starts with its byte order mark,
     * else as UTF-8: the encodings Excel writes. A part in another encoding (UTF-32, UTF-7, EBCDIC)
     * could hide a DOCTYPE from this check, so it is refused too.
     */
    private static String prologProblem(ZipFile zip, ZipEntry entry, PartBudget budget) throws IOException {
        try (InputStream raw = new BufferedInputStream(budget.bound(entry.getName(), zip.getInputStream(entry),
                entry.getSize(), entry.getCompressedSize()))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean utf16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
            String problem = prologProblem(new InputStreamReader(raw, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
            if (problem == null) {
                // the rest inflated too, within the part's budget: a part that inflates beyond the size its entry
                // declares is refused here, before either reading mode reads it
                raw.transferTo(OutputStream.nullOutputStream());
            }
            return problem;
        }
    }

    /**
     * Skips blanks, a byte order mark, processing instructions and comments, and tells what is wrong
     * there; a prolog longer than {@value #MAX_PROLOG_CHARS} characters (Excel writes about 60) is
     * refused without reading further.
     */
    static String prologProblem(Reader reader) throws IOException {
        long[] read = new long[1];
        Reader in = new java.io.FilterReader(reader) {
            @Override
            public int read() throws IOException {
                return ++read[0] > MAX_PROLOG_CHARS ? -1 : super.read();
            }
        };
        String problem = prologProblemOf(in);
        return read[0] > MAX_PROLOG_CHARS ? String.format(Locale.ROOT, "has more than %,d characters before its first"
                + " element (Excel writes about 60); the file is refused unread", MAX_PROLOG_CHARS) : problem;
    }

    private static String prologProblemOf(Reader in) throws IOException {
        int c = in.read();
        boolean first = true;
        while (c != -1) {
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                c = in.read();
                continue;
            }
            if (c != '<') {
                return "is not XML in UTF-8 or UTF-16, the encodings Excel writes; the file is refused unread";
            }
            int next = in.read();
            if (next == '?') {
                StringBuilder instruction = new StringBuilder();
                c = skipPast(in, "?>", instruction);
                Matcher encoding = ENCODING.matcher(instruction);
                if (first && instruction.toString().startsWith("xml") && encoding.find()
                        && !encoding.group(2).toUpperCase(Locale.ROOT).matches("UTF-?8|UTF-?16(BE|LE)?")) {
                    return "is written in the encoding " + encoding.group(2) + ", not the UTF-8 or UTF-16 that Excel"
                            + " writes; the file is refused unread";
                }
            } else if (next == '!') {
                StringBuilder word = new StringBuilder();
                for (int k = 0; k < 7 && (c = in.read()) != -1; k++) {
                    word.append((char) c);
                    if (word.toString().equals("--")) {
                        break;
                    }
                }
                if (!word.toString().equals("--")) {
                    return word.toString().equals("DOCTYPE") ? "declares a DOCTYPE, which Excel never writes and through"
                            + " which external entities and entity expansion come in; the file is refused unread, no"
                            + " entity resolved" : null;
                }
                c = skipPast(in, "-->", null);
            } else {
                return null;
            }
            first = false;
        }
        return null;
    }

    /** Reads past the end of a processing instruction or comment, keeping the start of its text. */
    private static int skipPast(Reader in, String end, StringBuilder text) throws IOException {
        int matched = 0;
        int c;
        while ((c = in.read()) != -1) {
            if (text != null && text.length() < 200) {
                text.append((char) c);
            }
            matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
            if (matched == end.length()) {
                return in.read();
            }
        }
        return -1;
    }
}
