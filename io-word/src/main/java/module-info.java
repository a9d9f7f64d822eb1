/**
 * Reads and writes progress tables in Word documents (.docx) with Apache POI XWPF.
 */
module io.workplan.word {
    requires transitive io.workplan.core;
    requires transitive io.workplan.sheet;
    requires static org.immutables.value.annotations;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports io.workplan.word;
}
