package dev.fourfold.authoring;

import dev.fourfold.scorecard.Scorecard;
import java.math.BigDecimal;
import java.text.NumberFormat;
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
        return new ScorecardForm(s.name(), s.vision(), s.method(), write(s.bandAmber(), locale),
                write(s.bandGreen(), locale), write(s.bandBlue(), locale), write(s.capLow(), locale),
                write(s.capHigh(), locale), s.missing(), s.rollup(), s.requiresApproval(), s.version());
    }

    /** The scorecard the service checks and saves, in the unit it is in. */
    Scorecard draft(Scorecard current, FormFields fields) {
        return new Scorecard(current.id(), current.unitId(), FormFields.text(name), FormFields.text(vision),
                FormFields.text(method), fields.number("bandAmber", bandAmber), fields.number("bandGreen", bandGreen),
                fields.number("bandBlue", bandBlue), fields.number("capLow", capLow), fields.number("capHigh", capHigh),
                FormFields.text(missing), FormFields.text(rollup), Boolean.TRUE.equals(requiresApproval),
                version == null ? -1 : version);
    }

    static @Nullable String write(@Nullable BigDecimal n, Locale locale) {
        if (n == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return format.format(n);
    }
}
