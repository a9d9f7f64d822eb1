/**
 * The workplan command-line tool. Not an API: run it with {@code java -jar workplan.jar}.
 */
module io.workplan.cli {
    requires io.workplan.core;
    requires io.workplan.sheet;
    requires io.workplan.files;
    requires io.workplan.excel;
    requires io.workplan.json;
    requires io.workplan.word;
    requires info.picocli;
    requires com.fasterxml.jackson.core;

    opens io.workplan.cli to info.picocli;
}
