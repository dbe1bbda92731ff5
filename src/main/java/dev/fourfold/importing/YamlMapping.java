package dev.fourfold.importing;

import dev.fourfold.shared.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML mapping of a scorecard file with a fixed set of allowed keys. Reading it reports unknown keys (with the
 * allowed ones and a "did you mean"), duplicate keys and missing required keys; the typed getters report values of
 * the wrong kind and return {@code null} for them, so that one parse finds every problem.
 */
final class YamlMapping {

    private final MappingNode node;
    private final String path;
    private final String what;
    private final ParseContext context;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String path, String what, ParseContext context, List<String> allowed) {
        this.node = node;
        this.path = path;
        this.what = what;
        this.context = context;
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                context.problem(tuple.getKeyNode(), "a key of " + what + " must be a plain word");
                continue;
            }
            String key = keyNode.getValue();
            if (!allowed.contains(key)) {
                context.problem(keyNode, "unknown key '" + key + "' in " + what + Suggestions.didYouMean(key, allowed)
                        + "; allowed keys: " + String.join(", ", allowed));
            } else if (keys.containsKey(key)) {
                context.problem(keyNode, "duplicate key '" + key + "' in " + what + " (first at line "
                        + (keys.get(key).getStartMark().map(m -> m.getLine() + 1).orElse(0)) + ")");
            } else {
                keys.put(key, keyNode);
                values.put(key, tuple.getValueNode());
                context.locate(child(key), keyNode);
            }
        }
    }

    /** Reads {@code node} as a mapping, or reports that it is not one and returns {@code null}. */
    static YamlMapping of(Node node, String path, String what, ParseContext context, List<String> allowed) {
        if (node instanceof MappingNode mapping) {
            context.locate(path, node);
            return new YamlMapping(mapping, path, what, context, allowed);
        }
        context.problem(node, what + " must be a mapping of keys to values");
        return null;
    }

    String path() {
        return path;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value node of a key, or {@code null} when the key is absent or its value is null. */
    Node node(String key) {
        Node value = values.get(key);
        return value == null || YamlValues.isNull(value) ? null : value;
    }

    boolean has(String key) {
        return node(key) != null;
    }

    /** Reports a missing required key at the start of this mapping. */
    void require(String... keys) {
        for (String key : keys) {
            if (!has(key)) {
                context.problem(node, what + " needs '" + key + "'" + (values.containsKey(key) ? ", not null" : ""));
            }
        }
    }

    String text(String key) {
        Node value = node(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            String problem = Texts.problem(key, scalar.getValue());
            if (problem != null) {
                context.problem(value, "'" + key + "' in " + what + " " + problem);
                return null;
            }
            return scalar.getValue();
        }
        context.problem(value, "'" + key + "' in " + what + " must be a single value, not a list or mapping");
        return null;
    }

    BigDecimal decimal(String key) {
        Node value = node(key);
        return value == null ? null : YamlValues.decimal(value, "'" + key + "'", context);
    }

    /** A whole number; decimals and values outside {@code [min, max]} are reported. */
    Integer integer(String key, int min, int max) {
        BigDecimal value = decimal(key);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            context.problem(node(key), "'" + key + "' must be a whole number from " + min + " to " + max
                    + ", not " + value.toPlainString());
            return null;
        }
        return value.intValueExact();
    }

    /** One of a fixed set of words, parsed by {@code parser}, whose exception message lists the allowed words. */
    <E> E choice(String key, Function<String, E> parser) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            context.problem(node(key), "'" + key + "' in " + what + ": " + e.getMessage());
            return null;
        }
    }

    /** The items of a list value; an absent or null list is empty. */
    List<Node> sequence(String key) {
        Node value = node(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        context.problem(value, "'" + key + "' in " + what + " must be a list");
        return List.of();
    }

    /** Single words of a list value such as {@code [C1, C2]}. */
    List<String> words(String key) {
        List<String> words = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)) {
                words.add(scalar.getValue());
            } else {
                context.problem(item, "'" + key + "' in " + what + " lists codes, such as [C1, C2]");
            }
        }
        return words;
    }

    YamlMapping mapping(String key, String inner, List<String> allowed) {
        Node value = node(key);
        return value == null ? null : of(value, child(key), inner, context, allowed);
    }

    ParseContext context() {
        return context;
    }

    Node start() {
        return node;
    }
}
