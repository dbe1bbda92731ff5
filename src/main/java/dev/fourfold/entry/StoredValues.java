package dev.fourfold.entry;

import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads every stored value of a scorecard in a range of period starts, in any state, page by page. */
final class StoredValues {

    private StoredValues() {
    }

    static List<Actual> read(ActualService actuals, long scorecardId, LocalDate from, LocalDate to, Actor actor) {
        List<Actual> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<Actual> p = actuals.list(new ActualService.Filter(null, scorecardId, null, from, to),
                    new PageRequest(page, PageRequest.MAX_SIZE), actor);
            all.addAll(p.items());
            if (all.size() >= p.total() || p.items().isEmpty()) {
                return all;
            }
        }
    }
}
