/**
 * Evaluation on the server: builds the scoring engine's model of a stored scorecard (approved values only) and
 * answers evaluations, KPI series, forecasts and explanations.
 */
@ApplicationModule(allowedDependencies = {"kpi", "measurement", "scorecard", "scoring", "shared", "spreadsheet"})
@NullMarked
package dev.fourfold.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
