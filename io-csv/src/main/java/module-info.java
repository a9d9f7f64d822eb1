/**
 * Reads and writes the progress tables as CSV and TSV (UTF-8, UTF-16, GBK/GB18030) with Apache
 * Commons CSV, through the one table reader of {@code io.workplan.sheet}.
 */
module io.workplan.csv {
    requires transitive io.workplan.core;
    requires transitive io.workplan.sheet;
    requires org.apache.commons.csv;
    requires static org.immutables.value.annotations;

    exports io.workplan.csv;
}
