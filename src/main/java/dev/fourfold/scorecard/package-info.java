/**
 * The strategy: the organisation's settings, organisation units, scorecards, perspectives, objectives and the
 * cause→effect links of the strategy map.
 */
package dev.fourfold.scorecard;
