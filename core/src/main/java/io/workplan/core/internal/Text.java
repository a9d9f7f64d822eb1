package io.workplan.core.internal;

import java.util.regex.Pattern;

/**
 * Text normalisation shared by the parsers of the domain: full-width forms, blanks and wrapped
 * lines as they occur in cells of official sheets.
 */
public final class Text {
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");

    private Text() {}

    /**
     * Whether a code point is a blank: Java whitespace, the ideographic space (U+3000), the
     * no-break spaces and the zero-width characters that editors leave in cells.
     *
     * @param cp a code point
     * @return whether it is a blank
     */
    public static boolean isBlank(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || cp == 0x200B // zero width space
                || cp == 0xFEFF; // byte order mark / zero width no-break space
    }

    /**
     * Whether a string holds blanks only (see {@link #isBlank(int)}).
     *
     * @param s a string
     * @return whether it is empty or blank
     */
    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (!isBlank(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * The string without leading and trailing blanks (see {@link #isBlank(int)}).
     *
     * @param s a string
     * @return the stripped string
     */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isBlank(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /**
     * Full-width ASCII forms (U+FF01..U+FF5E) as ASCII, and the ideographic space as a space: {@code
     * ５２％} is {@code 52%}. Nothing else changes.
     *
     * @param s a string
     * @return the string with half-width forms
     */
    public static String halfWidth(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (h != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(h);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * A wrapped cell's text as one line: each line stripped, then the lines joined; a space is kept
     * between two lines only where both sides are Latin letters or digits ({@code 生态环境\n拱墅分局} is
     * {@code 生态环境拱墅分局}, {@code Hangzhou\nBureau} is {@code Hangzhou Bureau}). Runs of blanks
     * inside a line become one space, and blanks next to a CJK character go.
     *
     * @param s a cell's text
     * @return the text on one line
     */
    public static String unwrap(String s) {
        if (!hasBlank(s)) {
            return s; // one line, no blank to strip or collapse: most names and cells
        }
        String[] lines = LINE_BREAKS.split(s, -1);
        StringBuilder b = new StringBuilder(s.length());
        for (String raw : lines) {
            String line = collapseBlanks(strip(raw));
            if (line.isEmpty()) {
                continue;
            }
            if (b.length() > 0 && isLatin(b.codePointBefore(b.length())) && isLatin(line.codePointAt(0))) {
                b.append(' ');
            }
            b.append(line);
        }
        return b.toString();
    }

    /** Whether a text has a blank or a line break; surrogates count as one, to be safe. */
    private static boolean hasBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Printable ASCII and the CJK ideographs hold no blank: most characters need no lookup.
            boolean plain = c > ' ' && c < '\u007F' || c >= '\u4E00' && c <= '\u9FFF';
            if (!plain && (Character.isSurrogate(c) || isBlank(c))) {
                return true;
            }
        }
        return false;
    }

    private static String collapseBlanks(String line) {
        StringBuilder b = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int n = Character.charCount(cp);
            if (!isBlank(cp)) {
                b.appendCodePoint(cp);
                i += n;
                continue;
            }
            int j = i;
            while (j < line.length() && isBlank(line.codePointAt(j))) {
                j += Character.charCount(line.codePointAt(j));
            }
            boolean cjkBefore = b.length() > 0 && isCjk(b.codePointBefore(b.length()));
            boolean cjkAfter = j < line.length() && isCjk(line.codePointAt(j));
            if (!cjkBefore && !cjkAfter && b.length() > 0 && j < line.length()) {
                b.append(' ');
            }
            i = j;
        }
        return b.toString();
    }

    private static boolean isLatin(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    /**
     * Whether a code point is a CJK ideograph or CJK punctuation or a full-width form.
     *
     * @param cp a code point
     * @return whether it is CJK
     */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * A text as a key for matching words: full-width ASCII forms as ASCII, every blank and line
     * break removed ({@code "完成\n进度 "}, {@code "完成进度"} and {@code "５２％"} / {@code "52%"} pair up).
     *
     * @param s a text
     * @return the key
     */
    public static String key(String s) {
        String half = halfWidth(s);
        StringBuilder b = new StringBuilder(half.length());
        half.codePoints().filter(cp -> !isBlank(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Whether a text names something: it holds a letter or a digit ({@code /}, {@code —} and
     * {@code 。} do not).
     *
     * @param s a text
     * @return whether it holds a letter or a digit
     */
    public static boolean namesSomething(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
