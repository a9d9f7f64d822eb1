/**
 * Progress reports as JSON, format version 1.
 *
 * <ul>
 *   <li>{@link io.workplan.json.JsonWriter} and {@link io.workplan.json.JsonReader}: streaming
 *       facades for files (written atomically), streams and strings;
 *   <li>{@link io.workplan.json.WorkplanJsonModule}: the Jackson module of the domain types, found by
 *       {@link java.util.ServiceLoader};
 *   <li>{@link io.workplan.json.JsonFormat}: the version and the JSON Schema;
 *   <li>{@link io.workplan.json.JsonException}: every problem of an input, with JSON pointer and
 *       line:column.
 * </ul>
 *
 * <p>The format is described in {@code docs/json-format.md}.
 */
@WorkplanStyle
package io.workplan.json;

import io.workplan.core.WorkplanStyle;
