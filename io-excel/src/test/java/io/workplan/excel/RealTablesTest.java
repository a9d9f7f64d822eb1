package io.workplan.excel;

import io.workplan.sheet.corpus.RealTables;
import io.workplan.sheet.samples.RealSamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real tables of other regions, each saved by LibreOffice as .xlsx and .xls, read
 * strictly in both reading modes: exactly the tasks, units, numbers, period and progress expected.
 */
class RealTablesTest {

    static List<Arguments> workbooks() {
        List<Arguments> list = new ArrayList<>();
        for (String id : RealTables.IDS) {
            list.add(Arguments.of(id, "table.xlsx", true));
            list.add(Arguments.of(id, "table.xlsx", false));
            list.add(Arguments.of(id, "table.xls", false));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} {1} streaming={2}")
    @MethodSource("workbooks")
    void eachRealTableReadsExactly(String id, String file, boolean streaming) {
        ExcelReadResult result = ExcelReader.create(ExcelReadOptions.builder().streaming(streaming).build())
                .read(RealSamples.file(RealTables.resource(id, file)));
        RealTables.assertReads(id, result.report());
    }
}
