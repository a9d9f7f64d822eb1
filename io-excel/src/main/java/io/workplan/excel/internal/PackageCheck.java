package io.workplan.excel.internal;

import io.workplan.core.internal.FileErrors;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * What the reader checks of an .xlsx file (a zip of XML parts) before Apache POI opens it, with
 * limits of its own rather than POI's JVM-wide settings: how far each part expands (its size and
 * its ratio to its compressed size, as the zip's directory declares them), and that no XML part
 * declares a DOCTYPE (Excel never writes one; a DOCTYPE is how external entities and entity
 * expansion come in). A zip whose directory cannot be read is left to POI, which says what is
 * wrong with it; POI's own guards still apply while it inflates the parts, in case a directory lies.
 */
final class PackageCheck {
    /** Parts smaller than this are not held to the ratio: a small part of repeated blanks is no bomb. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

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
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > maxPartBytes) {
                    throw WorkbookFiles.unreadable(source, "the part " + entry.getName() + " expands to " + bytes(size)
                            + ", more than the " + bytes(maxPartBytes) + " a part may have (ExcelReadOptions.maxPartBytes)", null);
                }
                if (size > RATIO_GRACE_BYTES && packed > 0 && size > packed * maxInflateRatio) {
                    throw WorkbookFiles.unreadable(source, "the part " + entry.getName() + " expands from " + bytes(packed)
                            + " to " + bytes(size) + ", " + (size / packed) + " times, more than the " + ratio(maxInflateRatio)
                            + " times ExcelReadOptions.maxInflateRatio allows: a zip bomb, or a sheet of very repetitive text;"
                            + " if the file is trusted, raise that limit (and Apache POI's own, JVM-wide zip-bomb guard,"
                            + " ZipSecureFile.setMinInflateRatio, which applies as well)", null);
                }
                String prolog = isXml(entry.getName()) ? prologProblem(zip, entry) : null;
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
    private static String prologProblem(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream raw = new BufferedInputStream(zip.getInputStream(entry))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean utf16 = (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
            return prologProblem(new InputStreamReader(raw, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8));
        }
    }

    /** Skips blanks, a byte order mark, processing instructions and comments, and tells what is wrong there. */
    static String prologProblem(Reader in) throws IOException {
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

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }

    private static String ratio(double r) {
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%,d", (long) r) : Double.toString(r);
    }
}
