/** The append-only change log: who changed what, when, through which channel, old value to new. */
package dev.fourfold.audit;
