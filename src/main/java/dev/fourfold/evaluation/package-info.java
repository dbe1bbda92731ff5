/**
 * Evaluation on the server: builds the scoring engine's model of a stored scorecard (approved values only) and
 * answers evaluations, KPI series, forecasts and explanations.
 */
package dev.fourfold.evaluation;
