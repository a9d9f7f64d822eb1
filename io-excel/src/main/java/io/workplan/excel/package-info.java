/**
 * Reading and writing the official progress sheets.
 */
@WorkplanStyle
package io.workplan.excel;

import io.workplan.core.WorkplanStyle;
