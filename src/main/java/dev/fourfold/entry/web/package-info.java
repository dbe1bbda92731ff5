/** The data-entry grid and the approver's queue as pages. */
@NullMarked
package dev.fourfold.entry.web;

import org.jspecify.annotations.NullMarked;
