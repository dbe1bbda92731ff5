/** REST endpoints of actual values. */
package dev.fourfold.measurement.web;
