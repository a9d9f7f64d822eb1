package io.workplan.json;

import java.io.InputStream;

/**
 * The JSON format of reports: its version and its JSON Schema.
 *
 * <p>Version {@value #VERSION} is described in {@code docs/json-format.md}; its schema (JSON Schema
 * draft 2020-12) is in this library's jar at {@link #SCHEMA_RESOURCE} and in {@code
 * docs/workplan-report-v1.schema.json}. A document names its version in {@code formatVersion}; a
 * change that an existing reader would misread gets a new version.
 *
 * @since 0.1.0
 */
public final class JsonFormat {

    /** The format version written and read: {@value}. */
    public static final int VERSION = 1;

    /** Where the schema of version {@value #VERSION} is on the class path: {@value}. */
    public static final String SCHEMA_RESOURCE = "/io/workplan/json/workplan-report-v1.schema.json";

    private JsonFormat() {}

    /**
     * Opens the JSON Schema of version {@value #VERSION}, for tools that validate documents.
     *
     * @return the schema's bytes, UTF-8; the caller closes the stream
     */
    public static InputStream openSchema() {
        return JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE);
    }
}
