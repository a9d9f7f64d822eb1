package io.workplan.core.internal;

/**
 * Text as a message shows it: every character that would act on a terminal rather than be seen
 * (a C0 control such as ESC, which starts the terminal's escape sequences, DEL, a C1 control, a
 * bidirectional override that reorders what follows) is written as its escape, {@code \u001B},
 * so that a cell's text cannot colour, move or hide what a person reads. The one home of that rule:
 * {@link io.workplan.core.Problem}'s rendering and the command-line tool's output ask it. Values
 * keep their text as it is; only what is shown is escaped.
 */
public final class Printable {
    private Printable() {}

    /**
     * Whether a character acts on a terminal rather than being seen: C0 controls but the line feed
     * and the tab, DEL, C1 controls, the bidirectional embeddings, overrides and isolates, and the
     * line and paragraph separators.
     *
     * @param c a character
     * @return whether it is escaped in a message
     */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /**
     * The escape of a character: {@code \r} for a carriage return, {@code \u001B} for the others.
     *
     * @param c a character for which {@link #isControl(char)} holds
     * @return its escape
     */
    public static String escape(char c) {
        return c == '\r' ? "\\r" : String.format("\\u%04X", (int) c);
    }

    /**
     * A text with its controls escaped; the text itself when it has none.
     *
     * @param text a text
     * @return the text as a message shows it
     */
    public static String of(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                b.append(escape(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
