package io.workplan.files;

import io.workplan.excel.ExcelWriterOptions;
import org.immutables.value.Value;

/**
 * How {@link ReportFiles} writes a file, for the formats that have options: a workbook's (summary
 * sheets, merged runs, colours) and JSON's layout. The other formats have none.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class FileWriteOptions {

    FileWriteOptions() {}

    /**
     * A new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The defaults: each writer's.
     *
     * @return the defaults
     */
    public static FileWriteOptions defaults() {
        return builder().build();
    }

    /**
     * The workbook writer's options, for .xlsx and .xls.
     *
     * @return the options; {@link ExcelWriterOptions#defaults()} by default
     */
    @Value.Default
    public ExcelWriterOptions excel() {
        return ExcelWriterOptions.defaults();
    }

    /**
     * Whether JSON is written on one line rather than indented.
     *
     * @return whether compact; {@code false} by default
     */
    @Value.Default
    public boolean compactJson() {
        return false;
    }

    /**
     * Builds {@link FileWriteOptions}. One setter per attribute, named as its accessor (which documents it);
     * {@code addX} and {@code addAllX} for a list; {@code from} copies a value; {@code build()} checks the value
     * and reports every problem at once in a {@link io.workplan.core.ValidationException}.
     */
    public static final class Builder extends ImmutableFileWriteOptions.Builder {
        Builder() {}
    }
}
