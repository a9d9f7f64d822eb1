/**
 * One door to every format: {@link io.workplan.files.ReportFiles}, {@link io.workplan.files.Format}.
 */
@WorkplanStyle
package io.workplan.files;

import io.workplan.core.WorkplanStyle;
