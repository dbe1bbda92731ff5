package dev.fourfold.scorecard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the one organisation row. */
@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Organisation get() {
        return jdbc.sql("select name, fiscal_year_start, scale, version from organisation where id = 1")
                .query((rs, n) -> new Organisation(rs.getString("name"), rs.getInt("fiscal_year_start"),
                        rs.getString("scale"), rs.getLong("version")))
                .single();
    }

    /**
     * Updates the organisation, if its stored version is still the one {@code changed} carries.
     *
     * @return false when the version was stale and nothing changed
     */
    boolean update(Organisation changed) {
        return jdbc.sql("""
                        update organisation set name = :name, fiscal_year_start = :fy, scale = :scale, version = version + 1
                        where id = 1 and version = :version""")
                .param("name", changed.name().strip()).param("fy", changed.fiscalYearStart())
                .param("scale", changed.scale()).param("version", changed.version())
                .update() > 0;
    }
}
