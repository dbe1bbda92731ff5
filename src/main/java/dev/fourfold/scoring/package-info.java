/**
 * The scoring engine in plain Java: scoring methods, bands, roll-up, period algebra, formula KPIs, forecasts and
 * explanations. No Spring, no Jakarta, no JDBC: it is given definitions and values and computes, nothing else.
 */
package dev.fourfold.scoring;
