/** JMH benchmarks of the scoring engine, run with {@code ./mvnw -Pbench test-compile exec:exec}. */
package dev.fourfold.bench;
