/**
 * Reads the progress tables of published web pages (and of pages saved under an {@code .xls}
 * name) with jsoup, through the one table reader of {@code io.workplan.sheet}, and writes a report
 * as a page or as a table to paste into a site's editor.
 */
module io.workplan.html {
    requires transitive io.workplan.core;
    requires transitive io.workplan.sheet;
    requires org.jsoup;
    requires static org.immutables.value.annotations;

    exports io.workplan.html;
}
