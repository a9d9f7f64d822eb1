package io.workplan.html.internal;

import io.workplan.core.Problem;
import io.workplan.html.HtmlException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's bytes to its text: the charset from the byte order mark, else the {@code <meta>} of its
 * first bytes, else UTF-8; decoded strictly, every undecodable byte sequence a problem with its line
 * and column, never replaced silently.
 */
public final class PageBytes {
    /** How far into the page a {@code <meta charset>} is looked for (HTML's prescan looks at 1,024 bytes; sites put long heads first). */
    static final int PRESCAN_BYTES = 8192;
    /** The most undecodable sequences listed; the count of the others is given. */
    static final int MAX_LISTED = 20;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    /** The names HTML treats as GBK, read as GB18030, their superset (WHATWG Encoding: gbk's labels, and gb2312 itself). */
    private static final Set<String> GBK = Set.of("gb2312", "gbk", "x-gbk", "gb_2312", "gb_2312-80", "csgb2312",
            "cp936", "ms936", "windows-936", "chinese", "csiso58gb231280", "iso-ir-58", "euc-cn", "x-euc-cn", "gb18030");

    private PageBytes() {}

    /** What the bytes say of their charset. */
    record Declared(Charset charset, int bomLength, String how) {}

    /**
     * Decodes a page.
     *
     * @param bytes the page's bytes
     * @param source the page's name, for problems
     * @return the page's text, without its byte order mark
     * @throws HtmlException when the page declares an unknown charset or holds undecodable bytes
     */
    public static String decode(byte[] bytes, String source) {
        Declared declared = declared(bytes, source);
        List<Problem> problems = check(bytes, declared, source);
        if (!problems.isEmpty()) {
            throw new HtmlException("Cannot read " + source, problems, null);
        }
        return new String(bytes, declared.bomLength(), bytes.length - declared.bomLength(), declared.charset());
    }

    static Declared declared(byte[] bytes, String source) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Declared(StandardCharsets.UTF_8, 3, "its byte order mark");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Declared(StandardCharsets.UTF_16BE, 2, "its byte order mark");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Declared(StandardCharsets.UTF_16LE, 2, "its byte order mark");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return new Declared(StandardCharsets.UTF_8, 0, "no charset declared, UTF-8");
        }
        String name = meta.group(1);
        String key = name.toLowerCase(Locale.ROOT);
        String how = "<meta charset=" + name + "> at line " + line(head, meta.start());
        if (GBK.contains(key)) {
            return new Declared(Charset.forName("GB18030"), 0, how);
        }
        if (key.startsWith("utf-16")) {
            // HTML: a <meta> read in an ASCII-compatible prescan cannot mean UTF-16; it is UTF-8
            return new Declared(StandardCharsets.UTF_8, 0, how + " (read as UTF-8, as browsers do)");
        }
        try {
            return new Declared(Charset.forName(name), 0, how);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new HtmlException("Cannot read " + source, List.of(Problem.builder().source(source).line(line(head, meta.start()))
                    .rawText(meta.group()).reason("the page declares the charset " + name + ", which cannot be decoded here;"
                            + " save it as UTF-8, or declare the charset it is written in").build()), e);
        }
    }

    /** Every undecodable sequence of the page (the first {@value #MAX_LISTED}), with its line and column. */
    private static List<Problem> check(byte[] bytes, Declared declared, String source) {
        CharsetDecoder decoder = declared.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, declared.bomLength(), bytes.length - declared.bomLength());
        CharBuffer out = CharBuffer.allocate(8192);
        List<Problem> problems = new ArrayList<>();
        int count = 0;
        int line = 1;
        int column = 1;
        boolean end = false;
        while (true) {
            CoderResult result = end ? decoder.flush(out) : decoder.decode(in, out, true);
            out.flip();
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                int length = result.length();
                if (count++ < MAX_LISTED) {
                    byte[] bad = new byte[length];
                    in.get(in.position(), bad);
                    problems.add(Problem.builder().source(source).line(line).column(column)
                            .rawText(HexFormat.ofDelimiter(" ").formatHex(bad).toUpperCase(Locale.ROOT))
                            .reason(undecodable(bytes, declared)).build());
                } 
                in.position(in.position() + length);
                column++;
            } else if (result.isUnderflow()) {
                if (end) {
                    break;
                }
                end = true;
            }
        }
        if (count > MAX_LISTED) {
            problems.add(Problem.builder().source(source).reason("and " + (count - MAX_LISTED)
                    + " more undecodable byte sequences").build());
        }
        return problems;
    }

    private static String undecodable(byte[] bytes, Declared declared) {
        String reason = "bytes that are not " + declared.charset().name() + " (" + declared.how() + ")";
        if (declared.bomLength() == 0 && declared.how().startsWith("no charset") && decodes(bytes, Charset.forName("GB18030"))) {
            reason += "; the page reads as GBK (GB18030): declare it with <meta charset=\"gbk\">, or save it as UTF-8";
        }
        return reason;
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int line(String text, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final String[] MARKERS = {"<!doctype html", "<html", "<table", "<meta", "<!--", "<head", "<body"};

    /**
     * Whether bytes begin as an HTML page does: after a byte order mark and blanks, {@code
     * <!DOCTYPE html}, {@code <html}, {@code <table}, {@code <meta}, {@code <!--}, {@code <head} or
     * {@code <body}, in any case, in UTF-8, GBK or UTF-16.
     *
     * @param first the first bytes of a file (a few hundred are enough)
     * @return whether they look like a page
     */
    public static boolean looksLikeHtml(byte[] first) {
        Charset charset = StandardCharsets.ISO_8859_1; // ASCII-compatible, as UTF-8 and GBK are for the markers
        int start = 0;
        if (startsWith(first, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(first, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (startsWith(first, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (first.length >= 2 && first[0] == 0 && first[1] != 0) {
            charset = StandardCharsets.UTF_16BE;
        } else if (first.length >= 2 && first[0] != 0 && first[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
        }
        int length = Math.min(first.length - start, 4096);
        String text = new String(first, start, length, charset);
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        String rest = text.substring(i, Math.min(text.length(), i + 16)).toLowerCase(Locale.ROOT);
        for (String marker : MARKERS) {
            if (rest.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }
}
