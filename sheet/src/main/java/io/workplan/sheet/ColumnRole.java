package io.workplan.sheet;

import io.workplan.sheet.internal.HeaderVocabulary;

/**
 * What a column of a progress table holds, whatever its header says.
 *
 * <p>The {@link TableReader} finds each column by its header's words, not by its position. Only
 * {@link #CONTENT} and {@link #PROGRESS} are required; callers add header words of their own with
 * {@link TableReadOptions#headers()}.
 *
 * @since 0.1.0
 */
public enum ColumnRole {
    /** The running number: {@code 序号}. */
    NUMBER,
    /**
     * The category: {@code 项目名称}. When that header spans two columns, the first holds the
     * category's enumerator and the second its name.
     */
    CATEGORY,
    /** The task: {@code 主要工作内容}, {@code 项目内容}. Required. */
    CONTENT,
    /** The leading official: {@code 牵头领导}. */
    LEADER,
    /** The lead units: {@code 牵头单位}; {@code 责任单位} when the sheet has no {@code 牵头单位}. */
    LEAD_UNITS,
    /** The responsible units: {@code 责任单位} beside a {@code 牵头单位} column. */
    RESPONSIBLE_UNITS,
    /**
     * The progress: {@code 完成进度}, {@code 累计完成情况}, {@code 完成情况}, {@code 进展情况}, {@code
     * 目前进展情况}. Required.
     */
    PROGRESS,
    /** The remark: {@code 备注}. */
    REMARK;

    /**
     * Whether a sheet must have this column to be read.
     *
     * @return whether the column is required
     */
    public boolean isRequired() {
        return this == CONTENT || this == PROGRESS;
    }

    /**
     * The header the writers give the column ({@code 序号}, {@code 项目名称}, {@code 主要工作内容},
     * {@code 牵头单位}, {@code 完成进度}, …): the first of the built-in header words of the role, which the
     * readers read back as it.
     *
     * @return the header written
     * @since 0.2.0
     */
    public String header() {
        return HeaderVocabulary.builtIn(this).get(0);
    }
}
