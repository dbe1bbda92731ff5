package dev.fourfold.evaluation.web;

import java.util.List;

/**
 * The first items of a list that a page shows, and how many more there are (for an "and 3 more" line), so a reader
 * responsible for hundreds of items gets a list of sensible length.
 */
record Shown<T>(List<T> items, int more) {

    Shown {
        items = List.copyOf(items);
    }

    static <T> Shown<T> first(List<T> all, int limit) {
        return new Shown<>(all.stream().limit(limit).toList(), Math.max(0, all.size() - limit));
    }

    public int total() {
        return items.size() + more;
    }
}
