package io.workplan.html.internal;

import io.workplan.core.Problem;
import io.workplan.core.ReportingPeriod;
import io.workplan.html.HtmlException;
import io.workplan.html.HtmlReadOptions;
import io.workplan.sheet.CellText;
import io.workplan.sheet.MergedRange;
import io.workplan.sheet.RowVisitor;
import io.workplan.sheet.TableSource;
import io.workplan.sheet.internal.Cells;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A parsed page as the table reader sees it: every {@code <table>}, nested ones included, a table
 * of its own, in the order they open. A table is laid out (once, when first read) as a browser
 * places its cells: each cell at the first column its row leaves free, a {@code rowspan} keeping
 * its columns busy in the rows below, so that their cells move right.
 */
public final class PageTables implements TableSource {
    /** The most rows a {@code rowspan} spans, as browsers cut it. */
    static final int MAX_ROWSPAN = 65_534;
    /** The most columns a {@code colspan} spans, as browsers cut it. */
    static final int MAX_COLSPAN = 1_000;

    private final Document page;
    private final List<Element> tables;
    private final List<String> names = new ArrayList<>();
    private final Layout[] layouts;
    private final HtmlReadOptions options;
    private final String source;

    /**
     * The tables of a page.
     *
     * @param page the parsed page, with positions tracked
     * @param options the limits
     * @param source the page's name, for problems
     */
    public PageTables(Document page, HtmlReadOptions options, String source) {
        this.page = page;
        this.tables = page.select("table");
        this.layouts = new Layout[tables.size()];
        this.options = options;
        this.source = source;
        for (int i = 1; i <= tables.size(); i++) {
            names.add("表" + i);
        }
    }

    @Override
    public List<String> tableNames() {
        return names;
    }

    @Override
    public String describe(int table) {
        return "table " + (table + 1);
    }

    @Override
    public void read(int table, RowVisitor visitor) {
        Layout layout = layout(table);
        for (int r = 0; r < layout.rows.size(); r++) {
            if (!visitor.row(r, layout.rows.get(r))) {
                return;
            }
        }
        layout.merges.forEach(visitor::merged);
    }

    @Override
    public void locate(int table, int row, int column, Problem.Builder problem) {
        Layout layout = layout(table);
        if (row < layout.origins.size() && column < layout.origins.get(row).length) {
            Element cell = layout.origins.get(row)[column];
            if (cell != null) {
                at(cell, problem);
            }
        }
    }

    /**
     * The title before a table: its {@code <caption>}; else the nearest heading ({@code <h1>} to
     * {@code <h6>}) or paragraph ({@code <p>}, a {@code <div>} of text) before it, outside other
     * tables, or the page's {@code <title>} when that one names no period and the {@code <title>}
     * does; else the {@code <title>}.
     */
    @Override
    public Optional<String> titleOutside(int table) {
        Element target = tables.get(table);
        for (Element child : target.children()) {
            if (child.normalName().equals("caption")) {
                Optional<String> caption = text(child);
                if (caption.isPresent()) {
                    return caption;
                }
            }
        }
        Optional<String> before = before(target);
        Optional<String> title = text(page.head() == null ? null : page.head().selectFirst("title"))
                .or(() -> text(page.selectFirst("title")));
        if (before.isPresent() && (names(before.get()) || title.isEmpty() || !names(title.get()))) {
            return before;
        }
        return title;
    }

    private static boolean names(String title) {
        return ReportingPeriod.parse(title).isPresent();
    }

    private Optional<String> before(Element target) {
        String[] last = new String[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == target) {
                    return FilterResult.STOP;
                }
                if (!(node instanceof Element)) {
                    return FilterResult.CONTINUE;
                }
                Element element = (Element) node;
                String name = element.normalName();
                if (VisibleText.unseen(element) && !name.equals("head")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                boolean ancestor = target.parents().contains(element);
                if (name.equals("table") && !ancestor) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!ancestor && isParagraph(element)) {
                    text(element).ifPresent(t -> last[0] = t);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        return Optional.ofNullable(last[0]);
    }

    private static boolean isParagraph(Element element) {
        String name = element.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6' || name.equals("p")) {
            return true;
        }
        return name.equals("div") && element.children().stream().noneMatch(c -> VisibleText.BLOCKS.contains(c.normalName()));
    }

    /** A title's text on one line (its line breaks are wraps). */
    private Optional<String> text(Element element) {
        if (element == null) {
            return Optional.empty();
        }
        try {
            String text = Cells.strip(VisibleText.of(element, options.maxCellChars()).replace('\n', ' '));
            return Cells.isBlank(text) ? Optional.empty() : Optional.of(text);
        } catch (VisibleText.TooLong e) {
            return Optional.empty(); // a paragraph that long is no title
        }
    }

    private Layout layout(int table) {
        if (layouts[table] == null) {
            layouts[table] = new Layout(table);
        }
        return layouts[table];
    }

    private static void at(Element element, Problem.Builder problem) {
        Range range = element.sourceRange();
        if (range.isTracked()) {
            problem.line(range.start().lineNumber()).column(range.start().columnNumber());
        }
    }

    /** The rows of a table: its own, directly or in its row groups, not those of a table nested in it. */
    private static List<List<Element>> rowGroups(Element table) {
        List<List<Element>> groups = new ArrayList<>();
        List<Element> loose = null;
        for (Element child : table.children()) {
            String name = child.normalName();
            if (name.equals("tr")) {
                if (loose == null) {
                    loose = new ArrayList<>();
                    groups.add(loose);
                }
                loose.add(child);
            } else if (name.equals("thead") || name.equals("tbody") || name.equals("tfoot")) {
                loose = null;
                List<Element> group = new ArrayList<>();
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        group.add(row);
                    }
                }
                groups.add(group);
            }
        }
        return groups;
    }

    /** A table laid out on its grid: the rows of cell texts, the merges, and the {@code <td>} covering each place. */
    private final class Layout {
        final List<CellText[]> rows = new ArrayList<>();
        final List<Element[]> origins = new ArrayList<>();
        final List<MergedRange> merges = new ArrayList<>();

        Layout(int table) {
            int[] busyUntil = new int[8];
            Element[] busyBy = new Element[8];
            long cells = 0;
            int r = 0;
            for (List<Element> group : rowGroups(tables.get(table))) {
                int groupEnd = r + group.size();
                for (Element tr : group) {
                    List<CellText> texts = new ArrayList<>();
                    List<Element> origin = new ArrayList<>();
                    int column = 0;
                    for (Element cell : tr.children()) {
                        String name = cell.normalName();
                        if (!name.equals("td") && !name.equals("th")) {
                            continue;
                        }
                        while (column < busyUntil.length && busyUntil[column] > r) {
                            column++;
                        }
                        int colspan = span(cell, "colspan", 1, MAX_COLSPAN);
                        int rowspan = span(cell, "rowspan", 0, MAX_ROWSPAN);
                        rowspan = rowspan == 0 ? groupEnd - r : Math.min(rowspan, groupEnd - r);
                        cells += (long) rowspan * colspan;
                        if (cells > options.maxCellsPerTable()) {
                            throw refused(table, r, column, cell, "the table has more than " + options.maxCellsPerTable()
                                    + " cells (its rows times its columns, rowspan and colspan counted), the most"
                                    + " HtmlReadOptions.maxCellsPerTable allows");
                        }
                        if (column + colspan > busyUntil.length) {
                            int size = Math.max(busyUntil.length * 2, column + colspan);
                            busyUntil = Arrays.copyOf(busyUntil, size);
                            busyBy = Arrays.copyOf(busyBy, size);
                        }
                        String text;
                        try {
                            text = VisibleText.of(cell, options.maxCellChars());
                        } catch (VisibleText.TooLong e) {
                            throw refused(table, r, column, cell, "the cell's text is longer than " + options.maxCellChars()
                                    + " characters, the most HtmlReadOptions.maxCellChars allows");
                        }
                        put(texts, column, text.isEmpty() ? null : CellText.ofText(text)); // blanks kept by pre-wrap are a text, as in a workbook
                        for (int c = column; c < column + colspan; c++) {
                            busyUntil[c] = r + rowspan;
                            busyBy[c] = cell;
                            put(origin, c, cell);
                        }
                        if (rowspan > 1 || colspan > 1) {
                            merges.add(new MergedRange(r, r + rowspan - 1, column, column + colspan - 1));
                        }
                        column += colspan;
                    }
                    for (int c = 0; c < busyUntil.length; c++) {
                        if (busyUntil[c] > r && (c >= origin.size() || origin.get(c) == null)) {
                            put(origin, c, busyBy[c]); // covered from a row above
                        }
                    }
                    rows.add(texts.toArray(new CellText[0]));
                    origins.add(origin.toArray(new Element[0]));
                    r++;
                }
            }
        }

        private HtmlException refused(int table, int row, int column, Element cell, String reason) {
            Problem.Builder problem = Problem.builder().source(source).sheet(names.get(table))
                    .cell(Cells.ref(row, column)).reason(reason);
            at(cell, problem);
            return new HtmlException("Cannot read " + source + ", " + describe(table), List.of(problem.build()), null);
        }
    }

    private static <T> void put(List<T> list, int index, T value) {
        while (list.size() <= index) {
            list.add(null);
        }
        list.set(index, value);
    }

    /** A span as browsers read it: its leading digits, else 1; 0 only where allowed, cut at the most. */
    static int span(Element cell, String attribute, int least, int most) {
        String value = cell.attr(attribute).strip();
        int i = 0;
        long n = 0;
        while (i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
            n = Math.min(n * 10 + (value.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == 0 || n < least) {
            return 1;
        }
        return (int) Math.min(n, most);
    }
}
