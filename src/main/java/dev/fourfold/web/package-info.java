/** The web shell: API error answers (RFC 9457), JSON settings, request-scoped actor and paging, the home page. */
@ApplicationModule(allowedDependencies = {"evaluation", "scorecard", "scoring", "shared"})
@NullMarked
package dev.fourfold.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
