/**
 * Two tiny applications of two modules each, in test sources only: in {@code declared} the report module declares
 * the ledger it uses, in {@code undeclared} it does not. They show that the module check of {@code ModularityTests}
 * catches a dependency a module did not declare.
 */
package dev.fourfold.modularity;
