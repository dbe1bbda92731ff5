/**
 * The demo company: a group and two divisions with their scorecards, about forty KPIs and three years of values,
 * generated deterministically and loaded on first start into an empty database.
 */
package dev.fourfold.demo;
