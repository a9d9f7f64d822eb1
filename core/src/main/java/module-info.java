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
    // The text normalisation is shared with the Excel reader, so blanks mean the same there.
    exports io.workplan.core.internal to io.workplan.excel;
}
