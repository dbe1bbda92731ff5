/** The audit trail page and the REST endpoint of the change log. */
package dev.fourfold.audit.web;
