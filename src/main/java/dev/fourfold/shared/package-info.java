/** Value types used by every module: periods, frequencies, the acting user, paging and API errors. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package dev.fourfold.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
