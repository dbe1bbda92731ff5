/** The pages of the strategy map and of an objective, and the map's SVG and saved positions. */
@NullMarked
package dev.fourfold.strategy.web;

import org.jspecify.annotations.NullMarked;
