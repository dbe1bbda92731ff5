package dev.fourfold.importing;

import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads every page of a paged list; imports and exports need whole scorecards. */
final class Pages {

    private Pages() {
    }

    static <T> List<T> all(Function<PageRequest, PageResponse<T>> list) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<T> response = list.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(response.items());
            if (response.items().size() < PageRequest.MAX_SIZE || all.size() >= response.total()) {
                return all;
            }
        }
    }
}
