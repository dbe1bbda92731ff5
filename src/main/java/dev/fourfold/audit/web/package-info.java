/** The audit trail page and the REST endpoint of the change log. */
@NullMarked
package dev.fourfold.audit.web;

import org.jspecify.annotations.NullMarked;
