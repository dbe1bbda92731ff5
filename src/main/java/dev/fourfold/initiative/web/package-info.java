/** REST endpoints of initiatives. */
package dev.fourfold.initiative.web;
