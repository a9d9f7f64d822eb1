/**
 * Web pages: {@link io.workplan.html.HtmlReader} reads the progress table of a page (every {@code
 * <table>} of it, layout tables and all, is a table the one table reader may choose), {@link
 * io.workplan.html.HtmlWriter} writes a report as a page or a {@code <table>} fragment.
 */
@WorkplanStyle
package io.workplan.html;

import io.workplan.core.WorkplanStyle;
