/**
 * Reads and writes the official progress sheets (.xlsx and .xls) with Apache POI.
 */
module io.workplan.excel {
    requires transitive io.workplan.core;
    requires transitive io.workplan.sheet;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;
    // POI logs through the Log4j API: a provider that discards, below any an application has
    requires org.apache.logging.log4j;
    requires com.fasterxml.aalto;
    requires static org.immutables.value.annotations;

    exports io.workplan.excel;

    provides org.apache.logging.log4j.spi.Provider with io.workplan.excel.internal.QuietLog4jProvider;
}
