package io.workplan.html.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an element as a browser shows it: runs of HTML whitespace collapsed to one blank and
 * dropped at the ends of lines; {@code <br>} a line break, and the edges of block elements ({@code
 * <p>}, {@code <div>}, {@code <li>}, …) line breaks that do not add up; {@code &nbsp;} a blank that
 * is kept; {@code <pre>} as written; no text of {@code <script>}, {@code <style>}, {@code
 * <template>}, hidden elements, or of a table nested inside (which is a table of its own). Walked
 * without recursion, so that any depth of nesting is safe.
 */
final class VisibleText implements NodeFilter {
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption", "center", "dd",
            "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
            "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tr", "ul", "listing", "plaintext", "xmp");
    private static final Set<String> UNSEEN = Set.of("script", "style", "template", "noscript", "head", "title",
            "iframe", "object", "select", "datalist");
    private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "plaintext", "xmp", "textarea");
    private static final Pattern KEEPS_WHITESPACE = Pattern.compile("white-space\\s*:\\s*(pre|pre-wrap|break-spaces)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    /** A text longer than the limit: where it stands is the caller's to say. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }

    private final Element root;
    private final int limit;
    private final StringBuilder out = new StringBuilder();
    private boolean space;
    private int breaks;
    private int preformatted;
    /** Whether line breaks at the start and end count (a cell whose whitespace is kept). */
    private boolean keepEnds;
    /** Whether the pending line break is the edge of a block, rather than a {@code <br>} or a written one. */
    private boolean soft;

    private VisibleText(Element root, int limit) {
        this.root = root;
        this.limit = limit;
    }

    /**
     * The text of an element.
     *
     * @param element the element (a cell, a heading)
     * @param limit the most characters
     * @return its text, without breaks at its ends, nor blanks unless its whitespace is kept
     * @throws TooLong when the text is longer than the limit
     */
    static String of(Element element, int limit) {
        VisibleText text = new VisibleText(element, limit);
        boolean kept = keepsWhitespace(element);
        if (kept) {
            text.preformatted++;
            text.keepEnds = true;
        }
        NodeTraversor.filter(text, element);
        if (kept) {
            if (!text.soft) {
                text.out.append("\n".repeat(text.breaks)); // line breaks at the end, as written
            }
            return text.out.toString();
        }
        return text.out.toString().strip(); // the blanks of &nbsp; at the ends show nothing

    }

    /**
     * Whether an element shows nothing of itself: hidden, or of a kind never shown.
     *
     * @param element an element
     * @return whether it is unseen
     */
    static boolean unseen(Element element) {
        return UNSEEN.contains(element.normalName()) || element.hasAttr("hidden")
                || HIDDEN.matcher(element.attr("style")).find();
    }

    /** Whether the element, or its row, row group or table (by their {@code style}), keeps whitespace as written. */
    private static boolean keepsWhitespace(Element element) {
        Element e = element;
        for (int i = 0; i < 4 && e != null; i++) {
            if (KEEPS_WHITESPACE.matcher(e.attr("style")).find()) {
                return true;
            }
            if (e.normalName().equals("table")) {
                break;
            }
            e = e.parent();
        }
        return false;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode) {
            append(((TextNode) node).getWholeText());
        } else if (node instanceof Element) {
            Element element = (Element) node;
            String name = element.normalName();
            if (element != root && (unseen(element) || name.equals("table"))) {
                if (name.equals("table")) {
                    lineBreak();
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (name.equals("br")) {
                breaks++;
                soft = false;
                space = false;
            } else if (element != root && BLOCKS.contains(name)) {
                lineBreak();
            }
            if (PREFORMATTED.contains(name)) {
                preformatted++;
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element && node != root) {
            String name = ((Element) node).normalName();
            if (BLOCKS.contains(name)) {
                lineBreak();
            }
            if (PREFORMATTED.contains(name)) {
                preformatted--;
            }
        }
        return FilterResult.CONTINUE;
    }

    /** The edge of a block: the line ends here, unless it is empty or already ended. */
    private void lineBreak() {
        if (breaks == 0 && out.length() > 0) {
            breaks = 1;
            soft = true;
        }
        space = false;
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (preformatted > 0) {
                if (c == '\n') {
                    breaks++;
                    soft = false;
                } else if (c != '\r') {
                    put(c);
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
            } else {
                put(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    private void put(char c) {
        if (out.length() > 0 || keepEnds) {
            if (breaks > 0) {
                out.append("\n".repeat(breaks));
            } else if (space && c != ' ') {
                out.append(' ');
            }
        }
        breaks = 0;
        space = false;
        out.append(c);
        if (out.length() > limit) {
            throw new TooLong();
        }
    }
}
