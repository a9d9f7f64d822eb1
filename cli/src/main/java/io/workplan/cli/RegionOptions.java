package io.workplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code summary} over several tables ({@code --by region}): the regions, the workbook. */
final class RegionOptions {

    @Option(names = "--region", paramLabel = "[FILE=]REGION",
            description = "With --by region: the region of a table whose head, title and file name name none "
                    + "(FILE=REGION for one file, repeatable; REGION alone for every such file).")
    List<String> regions = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx",
            description = "With --by region: write the roll-up as a workbook (a sheet of the regions with a chart comparing them, "
                    + "a sheet for each region), replaced only when complete.")
    Path output;
}
