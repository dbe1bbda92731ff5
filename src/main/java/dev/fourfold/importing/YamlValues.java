package dev.fourfold.importing;

import dev.fourfold.shared.Decimals;
import dev.fourfold.shared.Frequency;
import dev.fourfold.shared.Period;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Values of a scorecard file read from their source text: exact decimals (never through a double) and the
 * period-to-value maps of {@code actuals} and {@code targets}.
 */
final class YamlValues {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** Longer number texts cannot fit the stored precision; refused before the text is converted. */
    private static final int MAX_NUMBER_LENGTH = 64;

    private YamlValues() {
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /**
     * The exact decimal a plain scalar spells, or {@code null} after reporting why it is not one: quoted text,
     * booleans, null, {@code .nan}, infinities, hexadecimal and octal are not decimals.
     */
    static BigDecimal decimal(Node node, String what, ParseContext context) {
        String refused = node instanceof ScalarNode scalar ? notADecimal(scalar, what)
                : what + " must be a number, not a list or mapping";
        if (refused != null) {
            context.problem(node, refused);
            return null;
        }
        String text = ((ScalarNode) node).getValue();
        BigDecimal value;
        try {
            value = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            context.problem(node, what + " is out of range: '" + text + "' has an exponent too large to read");
            return null;
        }
        String problem = Decimals.problem(value);
        if (problem != null) {
            context.problem(node, what + " " + problem);
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Why a scalar is not a plain decimal number in the file's syntax, or null when it is one. */
    private static String notADecimal(ScalarNode scalar, String what) {
        String text = scalar.getValue();
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return what + " must be a number; \"" + text + "\" is quoted text (remove the quotes)";
        }
        if (scalar.getTag().equals(Tag.NULL)) {
            return what + " must be a number, not null";
        }
        if (scalar.getTag().equals(Tag.BOOL)) {
            return what + " must be a number, not the boolean " + text;
        }
        if (!DECIMAL.matcher(text).matches()) {
            return what + " must be a decimal number such as 12.5, not '" + text + "'";
        }
        if (text.length() > MAX_NUMBER_LENGTH) {
            return what + " has too many digits: at most " + Decimals.MAX_INTEGER_DIGITS
                    + " before and " + Decimals.MAX_SCALE + " after the decimal point";
        }
        return null;
    }

    /**
     * A flow or block mapping of period keys to numbers, such as {@code {2026-01: 95, 2026-02: 120}}; every key must
     * be a period of {@code frequency}, every value a number (never null).
     */
    static SortedMap<Period, BigDecimal> periodValues(Node node, String what, String kpi, Frequency frequency,
                                                       ParseContext context) {
        SortedMap<Period, BigDecimal> values = new TreeMap<>();
        if (node == null) {
            return values;
        }
        if (!(node instanceof MappingNode mapping)) {
            context.problem(node, what + " of " + kpi + " must map periods to values, such as {2026-01: 95}");
            return values;
        }
        Map<Period, Node> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Period period = period(tuple.getKeyNode(), what, kpi, frequency, context);
            BigDecimal value = decimal(tuple.getValueNode(), what + " of " + kpi + " for " + keyText(tuple), context);
            if (period != null && seen.containsKey(period)) {
                context.problem(tuple.getKeyNode(), what + " of " + kpi + " list " + period.key() + " twice (first at line "
                        + seen.get(period).getStartMark().map(m -> m.getLine() + 1).orElse(0) + ")");
            } else if (period != null) {
                seen.put(period, tuple.getKeyNode());
                if (value != null) {
                    values.put(period, value);
                }
            }
        }
        return values;
    }

    private static String keyText(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private static Period period(Node key, String what, String kpi, Frequency frequency, ParseContext context) {
        if (!(key instanceof ScalarNode scalar)) {
            context.problem(key, "a key of " + what + " of " + kpi + " must be a period such as 2026-01");
            return null;
        }
        Period period;
        try {
            period = Period.parse(scalar.getValue());
        } catch (IllegalArgumentException e) {
            context.problem(key, what + " of " + kpi + ": " + e.getMessage());
            return null;
        }
        if (period.frequency() != frequency) {
            context.problem(key, what + " of " + kpi + ": " + period.key() + " is a " + period.frequency().key()
                    + " period but " + kpi + " is " + frequency.key() + "; use keys like "
                    + example(frequency, period.year()));
            return null;
        }
        return period;
    }

    private static String example(Frequency frequency, int year) {
        return switch (frequency) {
            case DAILY -> year + "-01-31";
            case WEEKLY -> year + "-W05";
            case MONTHLY -> year + "-01";
            case QUARTERLY -> year + "-Q1";
            case YEARLY -> Integer.toString(year);
        };
    }
}
