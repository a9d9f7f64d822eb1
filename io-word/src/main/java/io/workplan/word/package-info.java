/**
 * Reading and writing the progress tables of Word documents (.docx): {@link io.workplan.word.WordReader}
 * and {@link io.workplan.word.WordWriter}.
 */
@WorkplanStyle
package io.workplan.word;

import io.workplan.core.WorkplanStyle;
