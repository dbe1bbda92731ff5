package dev.fourfold.scorecard;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fills the unit ancestry table on start when a database from before it existed has units but no ancestry. */
@Component
class UnitAncestryBackfill implements SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final UnitService units;

    UnitAncestryBackfill(JdbcClient jdbc, UnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long units = jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        long rows = jdbc.sql("select count(*) from org_unit_ancestor").query(Long.class).single();
        if (units > 0 && rows < units) {
            this.units.rebuildAncestry();
        }
    }
}
