/**
 * jqwik generators of every workplan domain type.
 */
module io.workplan.testkit {
    requires transitive io.workplan.core;
    requires transitive net.jqwik.api;

    exports io.workplan.testkit;
}
