/**
 * The work-plan progress domain: reports, tasks, categories, lead units, progress values and
 * reporting periods, with the aggregation of {@code io.workplan.core.aggregate}.
 *
 * <p>Depends on the JDK alone at run time; the Immutables annotations are needed only to compile.
 */
module io.workplan.core {
    requires static org.immutables.value.annotations;

    exports io.workplan.core;
    exports io.workplan.core.aggregate;
    // Shared with the readers, the writers and the tool, never with users: the text normalisation (so
    // that blanks mean the same everywhere), the one way of writing a file completely or not at all,
    // what a file is (FileKind) or why it cannot be read (ReadableFiles), a stream read as a file
    // (TempCopy), how a message shows a control character (Printable), the checks of a value
    // (Checks), the words for why a file could not be read or written (FileErrors), and the bounded
    // caches of a reading or a writing (Memo), and where a cell of units is cut into its units' texts
    // (UnitCells: LeadUnit's rule, which the sheet reader applies before names are normalised).
    exports io.workplan.core.internal to io.workplan.sheet, io.workplan.excel, io.workplan.json, io.workplan.html,
            io.workplan.csv, io.workplan.word, io.workplan.files, io.workplan.cli;
}
