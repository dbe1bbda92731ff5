/** REST endpoints of KPIs and targets. */
package dev.fourfold.kpi.web;
