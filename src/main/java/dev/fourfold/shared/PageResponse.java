package dev.fourfold.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the envelope of every list endpoint.
 *
 * @param items the items of this page
 * @param page  the zero-based page number
 * @param size  the page size asked for
 * @param total the number of items on all pages
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public PageResponse {
        items = List.copyOf(items);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
