package dev.fourfold.importing.values;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file of values and what importing it does: the values it would create, change or leave as they are,
 * the rows without a value, and every problem with its row and column (the first {@value #SHOWN} listed). A file
 * with a problem cannot be committed; a committed one says what it changed. Warnings (a value far outside its KPI's
 * history) do not stop a commit; the first {@value #SHOWN} are listed.
 *
 * @param kind   {@code actual} (actual values) or {@code target} (targets, budgets and stretch targets)
 * @param status {@code previewed} or {@code committed}
 */
public record ValueImport(long id, String fileName, String kind, String format, @Nullable String layout, String sha256,
                          String status, int rows, int created, int updated, int unchanged, int empty,
                          int problemCount, List<RowProblem> problems, int warningCount, List<RowProblem> warnings,
                          String createdBy, Instant createdAt,
                          @Nullable String committedBy, @Nullable Instant committedAt) {

    /** What a file holds. */
    public static final String ACTUAL = "actual";
    public static final String TARGET = "target";

    /** How many problems an import lists; the count says how many there are. */
    public static final int SHOWN = 1000;

    public boolean committable() {
        return "previewed".equals(status) && problemCount == 0 && created + updated > 0;
    }

    /** Whether importing the file again changes nothing. */
    public boolean changesNothing() {
        return problemCount == 0 && created + updated == 0;
    }
}
