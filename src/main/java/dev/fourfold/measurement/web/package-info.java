/** REST endpoints of actual values. */
@NullMarked
package dev.fourfold.measurement.web;

import org.jspecify.annotations.NullMarked;
