/** The append-only change log: who changed what, when, through which channel, old value to new. */
@ApplicationModule(allowedDependencies = {"shared", "storage"})
@NullMarked
package dev.fourfold.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
