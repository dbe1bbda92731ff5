/** REST endpoints of the strategy: organisation, units, scorecards, perspectives, objectives. */
@NullMarked
package dev.fourfold.scorecard.web;

import org.jspecify.annotations.NullMarked;
