/** Actual values of KPIs per period, with who/when/source, approval state and the history of every change. */
package dev.fourfold.measurement;
