package io.workplan.json;

import java.io.InputStream;
import java.util.List;

/**
 * The JSON format of reports: its versions and their JSON Schemas.
 *
 * <h2>Versions</h2>
 *
 * The writer writes version {@value #VERSION}; the readers read versions 1 and 2. Version 2 adds a
 * task's extra columns ({@code extras}, and the report's {@code extraColumns}), and lets a task go
 * without a {@code category} and a report without a {@code period}. A version 1 document reads
 * exactly as before.
 *
 * <h2>Schemas</h2>
 *
 * Both versions are described in {@code docs/json-format.md}; their schemas (JSON Schema draft
 * 2020-12) are in this library's jar ({@link #schemaResource(int)}) and in {@code
 * docs/workplan-report-v<N>.schema.json}. A document names its version in {@code formatVersion}; a
 * change that an existing reader would misread gets a new version.
 *
 * @since 0.1.0
 */
public final class JsonFormat {

    /** The format version written: {@value}. */
    public static final int VERSION = 2;

    /** The format versions read, oldest first. */
    public static final List<Integer> VERSIONS_READ = List.of(1, 2);

    /** Where the schema of version {@value #VERSION} is on the class path: {@value}. */
    public static final String SCHEMA_RESOURCE = "/io/workplan/json/workplan-report-v2.schema.json";

    private JsonFormat() {}

    /**
     * Where the schema of a version is on the class path.
     *
     * @param version a version of {@link #VERSIONS_READ}
     * @return the resource's name: {@code /io/workplan/json/workplan-report-v1.schema.json}
     * @throws IllegalArgumentException when the version is not one of {@link #VERSIONS_READ}
     */
    public static String schemaResource(int version) {
        if (!VERSIONS_READ.contains(version)) {
            throw new IllegalArgumentException("no format version " + version + "; the versions are " + VERSIONS_READ);
        }
        return "/io/workplan/json/workplan-report-v" + version + ".schema.json";
    }

    /**
     * Opens the JSON Schema of version {@value #VERSION}, for tools that validate documents.
     *
     * @return the schema's bytes, UTF-8; the caller closes the stream
     */
    public static InputStream openSchema() {
        return openSchema(VERSION);
    }

    /**
     * Opens the JSON Schema of a version, for tools that validate documents.
     *
     * @param version a version of {@link #VERSIONS_READ}
     * @return the schema's bytes, UTF-8; the caller closes the stream
     * @throws IllegalArgumentException when the version is not one of {@link #VERSIONS_READ}
     */
    public static InputStream openSchema(int version) {
        return JsonFormat.class.getResourceAsStream(schemaResource(version));
    }
}
