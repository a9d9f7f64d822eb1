/**
 * Reading and writing the official progress sheets.
 */
package io.workplan.excel;
