package dev.fourfold.scorecard;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Fills the unit ancestry table on start when a database from before it existed has units but no ancestry. */
@Component
class UnitAncestryBackfill implements SmartInitializingSingleton {

    private final UnitRepository repository;
    private final UnitService units;

    UnitAncestryBackfill(UnitRepository repository, UnitService units) {
        this.repository = repository;
        this.units = units;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long units = repository.count();
        long rows = repository.ancestryRows();
        if (units > 0 && rows < units) {
            this.units.rebuildAncestry();
        }
    }
}
