/**
 * The strategy: the organisation's settings, organisation units, scorecards, perspectives, objectives and the
 * cause→effect links of the strategy map.
 */
@ApplicationModule(allowedDependencies = {"audit", "scoring", "shared"})
@NullMarked
package dev.fourfold.scorecard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
