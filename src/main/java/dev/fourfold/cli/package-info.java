/** Commands run from the server jar without starting the server, such as {@code evaluate} for a scorecard file. */
@ApplicationModule(allowedDependencies = {"importing", "scoring", "shared"})
@NullMarked
package dev.fourfold.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
