/** Initiatives: the projects that should move an objective, with owner, dates, budget and progress. */
package dev.fourfold.initiative;
