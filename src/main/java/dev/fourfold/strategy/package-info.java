/**
 * The strategy as people look at it: a scorecard's strategy map (objectives in their perspective bands, cause→effect
 * arrows, each box in its status colour and placed where its editors dragged it) and the page of one objective with
 * its KPIs, initiatives, links, aligned objectives and how its score came about.
 */
@ApplicationModule(allowedDependencies = {"evaluation", "initiative", "kpi", "scorecard", "scoring", "shared"})
@NullMarked
package dev.fourfold.strategy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
