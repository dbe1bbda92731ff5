package dev.fourfold.importing;

import dev.fourfold.scoring.DefinitionProblem;
import dev.fourfold.scoring.DefinitionValidator;
import dev.fourfold.scoring.Method;
import dev.fourfold.scoring.MissingPolicy;
import dev.fourfold.scoring.RollupRule;
import dev.fourfold.scoring.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a scorecard file (format version 1, YAML 1.2 core schema) into a {@link ScorecardFile}, reporting every
 * problem with its line and column instead of stopping at the first: unknown or duplicate keys, values of the wrong
 * kind, bad periods, missing required keys, actuals on formula KPIs, unknown objective links and everything the
 * engine's {@link DefinitionValidator} calls invalid. Bad input never throws. A pure function; thread-safe.
 */
public final class ScorecardFileParser {

    static final List<String> TOP_KEYS = List.of("version", "scorecard", "perspectives", "scorecards");
    static final List<String> FURTHER_KEYS = List.of("scorecard", "perspectives");
    /** The most scorecards one chain of inclusions may pass through in a file. */
    public static final int MAX_INCLUDE_DEPTH = 50;
    static final List<String> SCORECARD_KEYS = List.of("name", "unit", "parentUnit", "vision", "fiscalYearStart",
            "scale", "method", "bands", "cap", "missing", "rollup");
    static final List<String> PERSPECTIVE_KEYS = List.of("name", "weight", "rollup", "objectives", "includes");
    static final List<String> OBJECTIVE_KEYS = List.of("code", "name", "description", "owner", "weight", "drivenBy",
            "alignedTo", "rollup", "kpis", "includes");
    private static final List<String> BAND_KEYS = List.of("amber", "green", "blue");

    private ScorecardFileParser() {
    }

    /** Reads the text of a scorecard file. */
    public static ScorecardFileReport parse(String text) {
        return parse(text, section -> { });
    }

    /**
     * Reads the text of a scorecard file, handing its scorecard section (unit and name, possibly incomplete) to
     * {@code beforeValidation} once the bounded parse is done and before the file is validated, so that a caller can
     * refuse an actor who may not import it without paying for validation. Exceptions of the callback propagate.
     */
    public static ScorecardFileReport parse(String text, Consumer<ScorecardSection> beforeValidation) {
        return parse(text, beforeValidation, true);
    }

    /**
     * Reads a file as a server imports it: like {@link #parse(String, Consumer)}, but the inclusions of a file of one
     * scorecard are left to the server, which resolves them by unit among its own scorecards.
     */
    static ScorecardFileReport parseForServer(String text, Consumer<ScorecardSection> beforeValidation) {
        return parse(text, beforeValidation, false);
    }

    private static ScorecardFileReport parse(String text, Consumer<ScorecardSection> beforeValidation,
                                             boolean includesInFile) {
        ParseContext context = new ParseContext();
        Optional<Node> root;
        try {
            root = BoundedYaml.compose(text);
        } catch (BoundedYaml.LimitExceeded e) {
            context.problem(e.mark(), "too large: " + e.getMessage());
            return new ScorecardFileReport(null, context.problems());
        } catch (MarkedYamlEngineException e) {
            context.problem(e.getProblemMark(), "not valid YAML: " + e.getProblem());
            return new ScorecardFileReport(null, context.problems());
        } catch (YamlEngineException e) {
            context.problem(Optional.empty(), "not valid YAML: " + e.getMessage());
            return new ScorecardFileReport(null, context.problems());
        }
        if (root.isEmpty()) {
            context.problem(Optional.empty(), "the file is empty; it needs 'version: 1', a 'scorecard' and 'perspectives'");
            return new ScorecardFileReport(null, context.problems());
        }
        ScorecardFile file = read(root.get(), context);
        if (file != null) {
            beforeValidation.accept(file.scorecard());
            checkLinks(file, "", context);
            DefinitionValidator.validate(file.definition(), List.of()).forEach(context::definitionProblem);
            for (int i = 0; i < file.scorecards().size(); i++) {
                checkLinks(file.scorecards().get(i), "scorecards[" + i + "].", context);
            }
            if (includesInFile || !file.scorecards().isEmpty()) {
                IncludeChecks.check(file, context);
            }
        }
        return new ScorecardFileReport(file, context.problems());
    }

    private static ScorecardFile read(Node root, ParseContext context) {
        YamlMapping top = YamlMapping.of(root, "", "the file", context, TOP_KEYS);
        if (top == null) {
            return null;
        }
        top.require("version", "scorecard");
        BigDecimal version = top.decimal("version");
        if (version != null && version.compareTo(BigDecimal.ONE) != 0) {
            context.problem(top.node("version"), "version " + version.toPlainString()
                    + " is not supported; this Fourfold reads version 1");
        }
        List<ScorecardFile> further = new ArrayList<>();
        List<Node> others = top.sequence("scorecards");
        for (int i = 0; i < others.size(); i++) {
            YamlMapping m = YamlMapping.of(others.get(i), "scorecards[" + i + "]", "a further scorecard", context, FURTHER_KEYS);
            if (m != null) {
                m.require("scorecard");
                further.add(scorecardOf(m, m.path() + ".", context));
            }
        }
        ScorecardFile main = scorecardOf(top, "", context);
        return new ScorecardFile(ScorecardFile.VERSION, main.scorecard(), main.perspectives(), further);
    }

    /** The scorecard and perspectives of the file or of one of its further scorecards, at paths under {@code prefix}. */
    private static ScorecardFile scorecardOf(YamlMapping top, String prefix, ParseContext context) {
        YamlMapping s = top.mapping("scorecard", "the scorecard", SCORECARD_KEYS);
        ScorecardSection scorecard = s == null ? new ScorecardSection(null, null, null, null, null, null, null, null,
                null, null, null) : scorecard(s);
        List<PerspectiveSection> perspectives = new ArrayList<>();
        List<Node> items = top.sequence("perspectives");
        for (int i = 0; i < items.size(); i++) {
            PerspectiveSection p = perspective(items.get(i), prefix + "perspectives[" + i + "]", context);
            if (p != null) {
                perspectives.add(p);
            }
        }
        return new ScorecardFile(ScorecardFile.VERSION, scorecard, perspectives);
    }

    private static ScorecardSection scorecard(YamlMapping s) {
        s.require("name");
        return new ScorecardSection(s.text("name"), s.text("unit"), s.text("parentUnit"), s.text("vision"),
                s.integer("fiscalYearStart", 1, 12), s.choice("scale", Scale::fromKey),
                s.choice("method", Method::fromKey), bands(s), cap(s), s.choice("missing", MissingPolicy::fromKey),
                s.choice("rollup", RollupRule::fromKey));
    }

    private static ScorecardSection.Bands bands(YamlMapping s) {
        YamlMapping m = s.mapping("bands", "the bands", BAND_KEYS);
        if (m == null) {
            return null;
        }
        m.require("amber", "green");
        BigDecimal amber = m.decimal("amber");
        BigDecimal green = m.decimal("green");
        BigDecimal blue = m.decimal("blue");
        return amber == null || green == null ? null : new ScorecardSection.Bands(amber, green, blue);
    }

    private static ScorecardSection.Cap cap(YamlMapping s) {
        Node node = s.node("cap");
        if (node == null) {
            return null;
        }
        if (!(node instanceof SequenceNode seq) || seq.getValue().size() != 2) {
            s.context().problem(node, "'cap' is a list of two numbers [low, high], such as [0, 150]");
            return null;
        }
        BigDecimal low = YamlValues.decimal(seq.getValue().get(0), "the cap's low end", s.context());
        BigDecimal high = YamlValues.decimal(seq.getValue().get(1), "the cap's high end", s.context());
        return low == null || high == null ? null : new ScorecardSection.Cap(low, high);
    }

    private static PerspectiveSection perspective(Node node, String path, ParseContext context) {
        YamlMapping m = YamlMapping.of(node, path, "a perspective", context, PERSPECTIVE_KEYS);
        if (m == null) {
            return null;
        }
        m.require("name");
        List<ObjectiveSection> objectives = new ArrayList<>();
        List<Node> items = m.sequence("objectives");
        for (int i = 0; i < items.size(); i++) {
            ObjectiveSection o = objective(items.get(i), path + ".objectives[" + i + "]", context);
            if (o != null) {
                objectives.add(o);
            }
        }
        String name = m.text("name");
        PerspectiveSection p = new PerspectiveSection(name, m.decimal("weight"), m.choice("rollup", RollupRule::fromKey),
                objectives, IncludeChecks.read(m, context));
        return name == null || name.isBlank() ? null : p;
    }

    private static ObjectiveSection objective(Node node, String path, ParseContext context) {
        YamlMapping m = YamlMapping.of(node, path, "an objective", context, OBJECTIVE_KEYS);
        if (m == null) {
            return null;
        }
        m.require("code");
        List<KpiSection> kpis = new ArrayList<>();
        List<Node> items = m.sequence("kpis");
        for (int i = 0; i < items.size(); i++) {
            KpiSection k = KpiReader.read(items.get(i), path + ".kpis[" + i + "]", context);
            if (k != null) {
                kpis.add(k);
            }
        }
        String code = m.text("code");
        ObjectiveSection o = new ObjectiveSection(code, m.text("name"), m.text("description"), m.text("owner"),
                m.decimal("weight"), m.words("drivenBy"), m.text("alignedTo"), m.choice("rollup", RollupRule::fromKey),
                kpis, IncludeChecks.read(m, context));
        return code == null || code.isBlank() ? null : o;
    }

    /** Strategy-map links must name objectives of the same file. */
    private static void checkLinks(ScorecardFile file, String prefix, ParseContext context) {
        Set<String> codes = new HashSet<>();
        file.objectives().forEach(o -> codes.add(o.code().toUpperCase(Locale.ROOT)));
        for (int p = 0; p < file.perspectives().size(); p++) {
            List<ObjectiveSection> objectives = file.perspectives().get(p).objectives();
            for (int o = 0; o < objectives.size(); o++) {
                for (String code : objectives.get(o).drivenBy()) {
                    if (!codes.contains(code.toUpperCase(Locale.ROOT))) {
                        context.definitionProblem(new DefinitionProblem(
                                prefix + "perspectives[" + p + "].objectives[" + o + "].drivenBy",
                                "drivenBy names '" + code + "', which is no objective of this file"));
                    }
                }
            }
        }
    }
}
