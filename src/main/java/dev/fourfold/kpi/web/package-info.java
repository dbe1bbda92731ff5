/** REST endpoints of KPIs and targets. */
@NullMarked
package dev.fourfold.kpi.web;

import org.jspecify.annotations.NullMarked;
