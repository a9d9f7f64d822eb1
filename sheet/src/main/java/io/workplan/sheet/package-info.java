/**
 * The one table reader ({@link io.workplan.sheet.TableReader}) and what a reader of a format hands
 * it: a {@link io.workplan.sheet.TableSource} of rows of {@link io.workplan.sheet.CellText}s and
 * {@link io.workplan.sheet.MergedRange}s. The roles of columns are {@link
 * io.workplan.sheet.ColumnRole}s, found from the header's words.
 */
@WorkplanStyle
package io.workplan.sheet;

import io.workplan.core.WorkplanStyle;
