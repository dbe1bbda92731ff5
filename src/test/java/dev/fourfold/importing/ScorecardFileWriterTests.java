package dev.fourfold.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.scoring.Aggregation;
import dev.fourfold.scoring.BandRange;
import dev.fourfold.scoring.ForecastMethod;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingInputs;
import dev.fourfold.scoring.MissingPolicy;
import dev.fourfold.scoring.Polarity;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;
import dev.fourfold.scoring.ValueThresholds;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing scorecard files: canonical text, and reading what was written gives the same file. */
class ScorecardFileWriterTests {

    private static ScorecardFile read(String text) {
        ScorecardFileReport report = ScorecardFileParser.parse(text);
        assertThat(report.problems()).as(text).isEmpty();
        return report.file();
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/acme.yaml", "examples/city-hospital.yaml"})
    void readsBackWhatItWritesAndWritesItAgainByteForByte(String example) throws IOException {
        ScorecardFile file = read(Files.readString(Path.of(example)));

        String written = ScorecardFileWriter.write(file);

        assertThat(read(written)).isEqualTo(file);
        assertThat(ScorecardFileWriter.write(read(written))).isEqualTo(written);
    }

    @Test
    void writesKeysInTheDocumentedOrderWithFlowMapsAndPlainNumbers() {
        ScorecardFile file = read("""
                version: 1
                perspectives:
                  - objectives:
                      - kpis:
                          - actuals: {2026-02: 120, 2026-01: 95.50}
                            targets: {2026-03: 110}
                            target: 1e2
                            unit: "%"
                            formula: null
                            code: REV
                        code: F1
                    name: Financial
                scorecard:
                  bands: {green: 100, amber: 80}
                  name: Acme
                """);

        assertThat(ScorecardFileWriter.write(file)).isEqualTo("""
                version: 1
                scorecard:
                  name: Acme
                  bands: {amber: 80, green: 100}
                perspectives:
                  - name: Financial
                    objectives:
                      - code: F1
                        kpis:
                          - code: REV
                            unit: "%"
                            target: 100
                            targets: {2026-03: 110}
                            actuals: {2026-01: 95.50, 2026-02: 120}
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain words", "null", "True", "123", "1e3", ".inf", "a: b", "x #y", "- item", "[x]",
            "{x}", "quote \" and \\ back", "tab\tand\nnewline", "trailing ", " leading", "ünïcödé", "%", "*star",
            "&anchor", "!tag", "@at", "`tick", "'single'", "a, b", "?", "|", ">", "~", ""})
    void quotesStringsOnlyWhereYamlWouldReadThemAsSomethingElse(String text) {
        // A name is a single line; the vision may hold tabs and line breaks.
        String name = text.isEmpty() || text.chars().anyMatch(Character::isISOControl) ? "x" : text;
        ScorecardFile file = new ScorecardFile(1, new ScorecardSection(name, null, null, text,
                null, null, null, null, null, null, null), List.of());

        assertThat(read(ScorecardFileWriter.write(file))).isEqualTo(file);
    }

    @Test
    void roundTripsRandomFiles() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            ScorecardFile file = randomFile(random);
            String written = ScorecardFileWriter.write(file);
            assertThat(read(written)).as(written).isEqualTo(file);
            assertThat(ScorecardFileWriter.write(read(written))).isEqualTo(written);
        }
    }

    private static ScorecardFile randomFile(Random r) {
        List<PerspectiveSection> perspectives = new ArrayList<>();
        int kpi = 0;
        int objective = 0;
        for (int p = 0; p < r.nextInt(4); p++) {
            List<ObjectiveSection> objectives = new ArrayList<>();
            for (int o = 0; o < r.nextInt(3); o++) {
                List<KpiSection> kpis = new ArrayList<>();
                for (int k = 0; k < r.nextInt(3); k++) {
                    kpis.add(randomKpi(r, "K" + kpi++));
                }
                objectives.add(new ObjectiveSection("O" + objective++, maybe(r, "Objective " + o), maybe(r, "Why: it matters"),
                        maybe(r, "owner@example.org"), maybe(r, number(r).abs()), List.of(), maybe(r, "PARENT1"),
                        maybe(r, RollupRule.WORST), kpis));
            }
            perspectives.add(new PerspectiveSection("Perspective " + p, maybe(r, number(r).abs()),
                    maybe(r, RollupRule.AVERAGE), objectives));
        }
        boolean bands = r.nextBoolean();
        return new ScorecardFile(1, new ScorecardSection("Scorecard #" + r.nextInt(9), maybe(r, "Unit"),
                maybe(r, "Parent"), maybe(r, "Vision: \"best\""), maybe(r, 1 + r.nextInt(12)), Scale.PERCENT,
                maybe(r, Method.RATIO), bands ? new ScorecardSection.Bands(new BigDecimal("80"), new BigDecimal("100.5"), null) : null,
                maybe(r, new ScorecardSection.Cap(BigDecimal.ZERO, new BigDecimal("150"))), maybe(r, MissingPolicy.BLANK),
                maybe(r, RollupRule.WEIGHTED_AVERAGE)), perspectives);
    }

    private static KpiSection randomKpi(Random r, String code) {
        boolean quarterly = r.nextBoolean();
        Frequency frequency = quarterly ? Frequency.QUARTERLY : maybe(r, Frequency.MONTHLY);
        TreeMap<Period, BigDecimal> actuals = new TreeMap<>();
        TreeMap<Period, BigDecimal> targets = new TreeMap<>();
        for (int i = 0; i < r.nextInt(6); i++) {
            Period period = quarterly ? Period.quarter(2025 + r.nextInt(2), 1 + r.nextInt(4))
                    : Period.month(2025 + r.nextInt(2), 1 + r.nextInt(12));
            actuals.put(period, number(r));
            if (r.nextBoolean()) {
                targets.put(period, number(r));
            }
        }
        Polarity polarity = maybe(r, Polarity.LOWER);
        ValueThresholds thresholds = polarity == null
                ? new ValueThresholds(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("20"))
                : new ValueThresholds(new BigDecimal("20"), BigDecimal.TEN, null);
        return new KpiSection(code, maybe(r, "Name of " + code), maybe(r, "A: description, with [brackets]"),
                maybe(r, "o@x.y"), maybe(r, "%"), polarity, frequency, maybe(r, Aggregation.AVERAGE),
                null, maybe(r, MissingInputs.ZERO), maybe(r, Aggregation.LAST), maybe(r, number(r).abs()),
                maybe(r, Method.PROGRESS), maybe(r, number(r)), maybe(r, number(r)), maybe(r, number(r)),
                maybe(r, number(r)), maybe(r, new BandRange(BigDecimal.ONE, BigDecimal.TEN, null)),
                maybe(r, thresholds),
                maybe(r, "lead"), maybe(r, number(r)), maybe(r, r.nextInt(30)), maybe(r, number(r)), targets, actuals,
                maybe(r, new KpiSection.Forecast(ForecastMethod.HOLT, new BigDecimal("0.8"), null)));
    }

    private static BigDecimal number(Random r) {
        return BigDecimal.valueOf(r.nextLong() % 10_000_000, r.nextInt(6)).negate();
    }

    private static <T> T maybe(Random r, T value) {
        return r.nextBoolean() ? value : null;
    }
}
