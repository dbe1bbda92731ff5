/** REST endpoints of the strategy: organisation, units, scorecards, perspectives, objectives. */
package dev.fourfold.scorecard.web;
