package io.workplan.html.internal;

import io.workplan.core.Problem;
import io.workplan.html.HtmlException;
import io.workplan.html.HtmlReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** A page from its file or stream to its parsed tree, within the limits of the options. */
public final class PageFiles {
    /** The {@code <meta name>} of the region that {@code HtmlWriter} writes. */
    public static final String META_REGION = "workplan:region";
    /** The {@code <meta name>} of the day of publication, as Chinese government sites name it. */
    public static final String META_PUBLISHED = "PubDate";

    private PageFiles() {}

    /**
     * A file's bytes, refused when larger than the limit before any is read.
     *
     * @param file the file
     * @param options the limits
     * @param source the page's name
     * @return the bytes
     * @throws IOException when the file cannot be read
     */
    public static byte[] bytes(Path file, HtmlReadOptions options, String source) throws IOException {
        long size = Files.size(file);
        if (size > options.maxFileBytes()) {
            throw tooLarge(source, size + " bytes", options);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in, options, source);
        }
    }

    /**
     * A stream's bytes, refused once more than the limit were read.
     *
     * @param in the stream, not closed
     * @param options the limits
     * @param source the page's name
     * @return the bytes
     * @throws IOException when the stream cannot be read
     */
    public static byte[] bytes(InputStream in, HtmlReadOptions options, String source) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(options.maxFileBytes() + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > options.maxFileBytes()) {
            throw tooLarge(source, "more than " + options.maxFileBytes() + " bytes", options);
        }
        return bytes;
    }

    private static HtmlException tooLarge(String source, String size, HtmlReadOptions options) {
        return new HtmlException("Cannot read " + source, List.of(Problem.builder().source(source).reason("the page has "
                + size + ", more than the " + options.maxFileBytes() + " bytes that HtmlReadOptions.maxFileBytes allows;"
                + " it is not read").build()), null);
    }

    /**
     * Decodes and parses a page, positions tracked, refused when it nests deeper than the limit.
     *
     * @param bytes the page's bytes
     * @param options the limits
     * @param source the page's name
     * @return the page's tree
     */
    public static Document parse(byte[] bytes, HtmlReadOptions options, String source) {
        String text = PageBytes.decode(bytes, source);
        Document page;
        try {
            // one deeper than allowed, so that a page nesting too deep shows it rather than being cut by the parser
            page = Parser.htmlParser().setTrackPosition(true).setMaxDepth(options.maxDepth() + 1).parseInput(text, "");
        } catch (RuntimeException e) {
            throw new HtmlException("Cannot read " + source, List.of(Problem.builder().source(source)
                    .reason("the page cannot be parsed (" + e + ")").build()), e);
        }
        Element[] tooDeep = new Element[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > options.maxDepth() && node instanceof Element) {
                    tooDeep[0] = (Element) node;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        if (tooDeep[0] != null) {
            Problem.Builder problem = Problem.builder().source(source).rawText("<" + tooDeep[0].normalName() + ">")
                    .reason("the page nests its elements deeper than " + options.maxDepth()
                            + ", the most HtmlReadOptions.maxDepth allows; it is not read");
            if (tooDeep[0].sourceRange().isTracked()) {
                problem.line(tooDeep[0].sourceRange().start().lineNumber()).column(tooDeep[0].sourceRange().start().columnNumber());
            }
            throw new HtmlException("Cannot read " + source, List.of(problem.build()), null);
        }
        return page;
    }

    /**
     * The content of a {@code <meta name>}.
     *
     * @param page the page
     * @param name the name
     * @return its content, when the page has it and it is not blank
     */
    public static Optional<String> meta(Document page, String name) {
        for (Element meta : page.getElementsByTag("meta")) {
            if (meta.attr("name").equalsIgnoreCase(name) && !meta.attr("content").isBlank()) {
                return Optional.of(meta.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /**
     * The day of publication a page's {@code <meta name="PubDate">} gives ({@code 2024-07-23}, or
     * {@code 2024-07-23 11:45}).
     *
     * @param page the page
     * @return the day, when given and readable
     */
    public static Optional<LocalDate> publishedOn(Document page) {
        return meta(page, META_PUBLISHED).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
