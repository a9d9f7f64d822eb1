/**
 * The format-neutral table reader of workplan: from rows of cell texts and merged ranges, handed
 * over by the reader of a format (workbook, web page, Word document, CSV), to progress entries and
 * reports. Depends on workplan-core and the JDK alone at run time.
 */
module io.workplan.sheet {
    requires transitive io.workplan.core;
    requires static org.immutables.value.annotations;

    exports io.workplan.sheet;
    // The small functions on cell texts, shared with the readers of the formats, never with users.
    exports io.workplan.sheet.internal to io.workplan.excel, io.workplan.html, io.workplan.csv, io.workplan.word,
            io.workplan.files;
}
