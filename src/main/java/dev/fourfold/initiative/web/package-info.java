/** REST endpoints of initiatives. */
@NullMarked
package dev.fourfold.initiative.web;

import org.jspecify.annotations.NullMarked;
