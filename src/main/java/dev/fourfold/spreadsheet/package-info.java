/**
 * Files for spreadsheets: tables written as CSV or .xlsx, numbers as numbers, statuses filled with their colours,
 * and texts a spreadsheet would take for a formula escaped. Used by the exports and the import templates.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.fourfold.spreadsheet;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
