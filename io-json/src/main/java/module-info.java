/**
 * Reads and writes progress reports as JSON, format version 1, with Jackson 2.x: streaming reader
 * and writer facades ({@link io.workplan.json.JsonReader}, {@link io.workplan.json.JsonWriter}) and
 * a Jackson {@link com.fasterxml.jackson.databind.Module} for the domain types, found by {@link
 * java.util.ServiceLoader}.
 */
module io.workplan.json {
    requires transitive io.workplan.core;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.immutables.value.annotations;

    exports io.workplan.json;

    provides com.fasterxml.jackson.databind.Module with io.workplan.json.WorkplanJsonModule;
}
