/** The connectors' REST API and pages, for administrators. */
@NullMarked
package dev.fourfold.connector.web;

import org.jspecify.annotations.NullMarked;
