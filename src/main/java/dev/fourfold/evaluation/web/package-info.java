/** REST endpoints of evaluations, KPI series and explanations. */
@NullMarked
package dev.fourfold.evaluation.web;

import org.jspecify.annotations.NullMarked;
