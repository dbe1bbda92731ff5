/**
 * Authoring in the browser: the organisation's settings and its tree of units, a scorecard's settings and
 * perspectives, its objectives with their cause→effect links and initiatives, and its KPIs with a formula checked as
 * it is typed. Every form keeps what was typed when a field is refused and says which and why; the
 * rules are those of the API's services, which every change goes through.
 */
@ApplicationModule(allowedDependencies = {"initiative", "kpi", "scorecard", "scoring", "security", "shared"})
@NullMarked
package dev.fourfold.authoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
