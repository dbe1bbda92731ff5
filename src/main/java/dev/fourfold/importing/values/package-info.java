/**
 * Files of actual values and targets (CSV or .xlsx, long or wide layout) read as a stream of rows, each value
 * with its row and column and each problem with where it is and what was expected.
 */
@NullMarked
package dev.fourfold.importing.values;

import org.jspecify.annotations.NullMarked;
