/**
 * Who may do what: users and their passwords, roles granted on units and scorecards, API tokens, login
 * throttling, and the security filter chains of the pages and the API.
 */
@ApplicationModule(allowedDependencies = {"audit", "scorecard", "shared"})
@NullMarked
package dev.fourfold.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
