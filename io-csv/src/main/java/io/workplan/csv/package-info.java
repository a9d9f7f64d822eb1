/**
 * CSV and TSV files of the progress tables: {@link io.workplan.csv.CsvReader} (the charset and the
 * delimiter found from the bytes, then the one table reader of {@code io.workplan.sheet}) and
 * {@link io.workplan.csv.CsvWriter} (the table of {@link io.workplan.sheet.TableGrid}, as Excel
 * saves a sheet).
 */
@WorkplanStyle
package io.workplan.csv;

import io.workplan.core.WorkplanStyle;
