/** REST endpoints of evaluations, KPI series and explanations. */
package dev.fourfold.evaluation.web;
