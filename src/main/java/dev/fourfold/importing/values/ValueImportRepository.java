package dev.fourfold.importing.values;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ValueImportRepository {

    private static final String COLUMNS = "id, file_name, kind, format, layout, sha256, status, rows_read, created_count, "
            + "updated_count, unchanged_count, empty_count, problem_count, problems, created_by, created_at, "
            + "committed_by, committed_at, warning_count, warnings";

    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ValueImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts a previewed import with its kept file, streamed from disk. */
    long insert(ValueImport i, KeptFile kept) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try (InputStream content = Files.newInputStream(kept.gzip())) {
            jdbc.sql("insert into value_import (file_name, kind, format, layout, sha256, content, content_encoding, status, "
                            + "rows_read, created_count, updated_count, unchanged_count, empty_count, problem_count, "
                            + "problems, warning_count, warnings, created_by, created_at) values (:name, :kind, :format, :layout, "
                            + ":sha, :content, 'gzip', :status, :rows, :created, :updated, :unchanged, :empty, "
                            + ":problemCount, :problems, :warningCount, :warnings, :by, :at)")
                    .param("name", i.fileName()).param("kind", i.kind()).param("format", i.format()).param("layout", i.layout())
                    .param("sha", i.sha256()).param("content", new SqlBinaryValue(content, kept.size()))
                    .param("status", i.status()).param("rows", i.rows()).param("created", i.created())
                    .param("updated", i.updated()).param("unchanged", i.unchanged()).param("empty", i.empty())
                    .param("problemCount", i.problemCount()).param("problems", json.writeValueAsString(i.problems()))
                    .param("warningCount", i.warningCount()).param("warnings", json.writeValueAsString(i.warnings()))
                    .param("by", i.createdBy()).param("at", Timestamp.from(i.createdAt())).update(key, "id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<ValueImport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from value_import where id = :id").param("id", id)
                .query(this::row).optional();
    }

    /** The file of an import not committed yet, written as uploaded into a temporary file the caller deletes. */
    Optional<Path> restore(long id) {
        return jdbc.sql("select content, content_encoding from value_import where id = :id and content is not null")
                .param("id", id).query((rs, n) -> restore(rs)).optional();
    }

    /** Marks a previewed import committed, once: false when it was committed meanwhile. */
    boolean commit(long id, int created, int updated, int unchanged, String by, Instant at) {
        return jdbc.sql("update value_import set status = 'committed', content = null, created_count = :created, "
                        + "updated_count = :updated, unchanged_count = :unchanged, committed_by = :by, committed_at = :at "
                        + "where id = :id and status = 'previewed'")
                .param("created", created).param("updated", updated).param("unchanged", unchanged).param("by", by)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** The newest imports, of one person or (null) of everyone. */
    List<ValueImport> latest(String createdBy, int limit) {
        String where = createdBy == null ? "" : " where created_by = :by";
        var spec = jdbc.sql("select " + COLUMNS + " from value_import" + where + " order by created_at desc, id desc "
                + "fetch first " + limit + " rows only");
        if (createdBy != null) {
            spec = spec.param("by", createdBy);
        }
        return spec.query(this::row).list();
    }

    private ValueImport row(ResultSet rs, int n) throws SQLException {
        Timestamp committed = rs.getTimestamp("committed_at");
        return new ValueImport(rs.getLong("id"), rs.getString("file_name"), rs.getString("kind"), rs.getString("format"),
                rs.getString("layout"), rs.getString("sha256"), rs.getString("status"), rs.getInt("rows_read"),
                rs.getInt("created_count"), rs.getInt("updated_count"), rs.getInt("unchanged_count"),
                rs.getInt("empty_count"), rs.getInt("problem_count"),
                json.readValue(rs.getString("problems"), PROBLEMS), rs.getInt("warning_count"),
                json.readValue(rs.getString("warnings"), PROBLEMS),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("committed_by"),
                committed == null ? null : committed.toInstant());
    }

    private static Path restore(ResultSet rs) throws SQLException {
        try (InputStream in = rs.getBinaryStream("content")) {
            return KeptFile.restore(in, "gzip".equals(rs.getString("content_encoding")));
        } catch (IOException e) {
            throw new SQLException("could not read the kept file", e);
        }
    }
}
