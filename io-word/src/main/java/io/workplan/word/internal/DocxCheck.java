package io.workplan.word.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What the reader checks of a .docx file (a zip of XML parts) from the zip's directory, before
 * Apache POI opens it, with the limits of {@link io.workplan.word.WordReadOptions} (POI's JVM-wide
 * {@code ZipSecureFile} settings are never changed, and apply as well to the bytes actually
 * inflated): the count of parts, each part's declared size and inflate ratio, that the document's
 * body {@code word/document.xml} is there, and that no XML part declares a {@code DOCTYPE}.
 */
final class DocxCheck {
    /** Parts smaller than this are not held to the ratio: a small part of repeated blanks is no bomb. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    /** The part holding a document's body. */
    static final String BODY = "word/document.xml";

    /** How far into an XML part a DOCTYPE is looked for: the prolog, past a long comment. */
    private static final int PROLOG_CHARS = 64 * 1024;

    private DocxCheck() {}

    /** The package's problem, or {@code null} when none; throws a ZipException for a zip that cannot be read. */
    static String problem(Path path, long maxPartBytes, double maxInflateRatio, int maxEntries) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            if (zip.size() > maxEntries) {
                return "the package has " + zip.size() + " parts, more than the " + maxEntries
                        + " a document may have (WordReadOptions.maxEntries)";
            }
            boolean body = false;
            boolean workbook = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                body |= name.equals(BODY);
                workbook |= name.equals("xl/workbook.xml");
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                if (size > maxPartBytes) {
                    return "the part " + name + " expands to " + bytes(size) + ", more than the " + bytes(maxPartBytes)
                            + " a part may have (WordReadOptions.maxPartBytes)";
                }
                if (size > RATIO_GRACE_BYTES && packed > 0 && size > packed * maxInflateRatio) {
                    return "the part " + name + " expands from " + bytes(packed) + " to " + bytes(size) + ", "
                            + (size / packed) + " times, more than the " + maxInflateRatio
                            + " times WordReadOptions.maxInflateRatio allows: a zip bomb; the file is refused unread";
                }
            }
            if (!body) {
                return workbook ? "it is an Excel workbook (.xlsx), not a Word document; read it with ExcelReader"
                        : "the zip holds no " + BODY + ": it is not a Word document (.docx)";
            }
            entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (isXml(entry.getName()) && declaresDoctype(zip, entry)) {
                    return "the part " + entry.getName() + " declares a DOCTYPE, which Word never writes and through which"
                            + " external entities and entity expansion come in; the file is refused unread, no entity resolved";
                }
            }
            return null;
        }
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    /**
     * Whether the prolog of an XML part holds {@code <!DOCTYPE}: its first characters, as UTF-16
     * when it starts with a byte order mark of UTF-16, else as UTF-8 (the encodings Word writes;
     * POI's parsers refuse a DOCTYPE as well, whatever the encoding).
     */
    private static boolean declaresDoctype(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = new BufferedInputStream(zip.getInputStream(entry))) {
            byte[] head = in.readNBytes(PROLOG_CHARS);
            boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                    || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
            String text = new String(head, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
            int element = firstElement(text);
            int doctype = text.indexOf("<!DOCTYPE");
            return doctype >= 0 && (element < 0 || doctype < element);
        } catch (ZipException e) {
            return false; // a part that cannot be inflated: POI's opening tells what is wrong
        }
    }

    /** Where the first element starts ({@code <} followed by a name), or -1. */
    private static int firstElement(String text) {
        for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
            char next = text.charAt(i + 1);
            if (next != '?' && next != '!') {
                return i;
            }
        }
        return -1;
    }

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }
}
