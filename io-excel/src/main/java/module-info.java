/**
 * Reads and writes the official progress sheets (.xlsx and .xls) with Apache POI.
 */
module io.workplan.excel {
    requires transitive io.workplan.core;
    requires transitive io.workplan.sheet;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;
    requires com.fasterxml.aalto;

    exports io.workplan.excel;
}
