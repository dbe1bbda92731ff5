package dev.fourfold.authoring;

import dev.fourfold.scorecard.Scorecard;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A scorecard's settings as its form holds them, every field as typed. */
record ScorecardForm(@Nullable String name, @Nullable String vision, @Nullable String method,
                     @Nullable String bandAmber, @Nullable String bandGreen, @Nullable String bandBlue,
                     @Nullable String capLow, @Nullable String capHigh, @Nullable String missing,
                     @Nullable String rollup, @Nullable Boolean requiresApproval, @Nullable Long version) {

    static final List<String> FIELDS = List.of("name", "vision", "method", "bandAmber", "bandGreen", "bandBlue",
            "capLow", "capHigh", "missing", "rollup", "requiresApproval");

    static ScorecardForm of(Scorecard s, Locale locale) {
        return new ScorecardForm(s.name(), s.vision(), s.method(), FormFields.write(s.bandAmber(), locale),
                FormFields.write(s.bandGreen(), locale), FormFields.write(s.bandBlue(), locale), FormFields.write(s.capLow(), locale),
                FormFields.write(s.capHigh(), locale), s.missing(), s.rollup(), s.requiresApproval(), s.version());
    }

    /** The scorecard the service checks and saves, in the unit it is in. */
    Scorecard draft(Scorecard current, FormFields fields) {
        return new Scorecard(current.id(), current.unitId(), FormFields.text(name), FormFields.text(vision),
                FormFields.text(method), fields.number("bandAmber", bandAmber), fields.number("bandGreen", bandGreen),
                fields.number("bandBlue", bandBlue), fields.number("capLow", capLow), fields.number("capHigh", capHigh),
                FormFields.text(missing), FormFields.text(rollup), Boolean.TRUE.equals(requiresApproval),
                version == null ? -1 : version);
    }

}
