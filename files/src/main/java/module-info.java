/**
 * One door to every format of workplan: {@link io.workplan.files.ReportFiles} reads a progress table
 * from whatever file holds it (found by its bytes) and writes a report by the target's name.
 */
module io.workplan.files {
    requires transitive io.workplan.core;
    requires transitive io.workplan.sheet;
    requires io.workplan.excel;
    requires io.workplan.json;
    requires io.workplan.html;
    requires io.workplan.csv;
    requires io.workplan.word;
    requires static org.immutables.value.annotations;

    exports io.workplan.files;
}
