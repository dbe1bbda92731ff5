package dev.fourfold.authoring;

import dev.fourfold.initiative.Initiative;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** An initiative as its form holds it, every field as typed; dates as a date field sends them (year-month-day). */
record InitiativeForm(@Nullable String name, @Nullable String description, @Nullable String owner,
                      @Nullable String start, @Nullable String end, @Nullable String budget,
                      @Nullable String percentComplete, @Nullable String status, @Nullable Long version) {

    static final List<String> FIELDS = List.of("name", "description", "owner", "start", "end", "budget",
            "percentComplete", "status");

    static InitiativeForm blank() {
        return new InitiativeForm(null, null, null, null, null, null, "0", "not-started", 0L);
    }

    static InitiativeForm of(Initiative i, Locale locale) {
        return new InitiativeForm(i.name(), i.description(), i.owner(), i.start() == null ? null : i.start().toString(),
                i.end() == null ? null : i.end().toString(), FormFields.write(i.budget(), locale),
                FormFields.write(i.percentComplete(), locale), i.status(), i.version());
    }

    /** The initiative the service checks and saves, on its objective. */
    Initiative draft(long id, long objectiveId, FormFields fields) {
        return new Initiative(id, objectiveId, FormFields.text(name), FormFields.text(description),
                FormFields.text(owner), fields.date("start", start), fields.date("end", end),
                fields.number("budget", budget), fields.number("percentComplete", percentComplete),
                FormFields.text(status), version == null ? -1 : version);
    }
}
