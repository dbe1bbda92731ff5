package dev.fourfold.bench.load;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs of a load tool's command line, each with a default. */
record LoadOptions(Map<String, String> values) {

    /** Reads the pairs; an argument holding spaces (as Maven passes {@code -Dload.args}) is split first. */
    static LoadOptions parse(String[] given) {
        String[] args = java.util.Arrays.stream(given).flatMap(a -> java.util.Arrays.stream(a.strip().split("\\s+")))
                .filter(a -> !a.isEmpty()).toArray(String[]::new);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, found '" + args[i] + "'");
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new LoadOptions(values);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }
}
