package dev.fourfold.importing;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Composes a YAML document with its work bounded: characters, line length, nesting depth, nodes and aliases.
 * snakeyaml-engine alone does not bound it. Its code-point limit is checked only between tokens, so one long
 * token (a 12 MB scalar) is read whole first, and reading a token costs the square of its length over the
 * reader's buffer (the look-ahead window is copied for every buffer it grows by): minutes for a few megabytes.
 * Its composer recurses once per nesting level, so deep nesting overflows the stack. Hence the length and the
 * longest line are checked before parsing (one pass, no allocation), the buffer is large, and depth, nodes and
 * aliases are counted while the events stream past, before the composer builds anything from them.
 */
final class BoundedYaml {

    static final int MAX_CHARACTERS = 32 * 1024 * 1024;
    static final int MAX_LINE_LENGTH = 100_000;
    static final int MAX_DEPTH = 40;
    static final int MAX_NODES = 200_000;
    static final int MAX_ALIASES = 100;

    private BoundedYaml() {
    }

    /** A limit was passed; {@code mark} says where when known. */
    static final class LimitExceeded extends RuntimeException {
        private final transient Optional<Mark> mark;

        LimitExceeded(Optional<Mark> mark, String message) {
            super(message);
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }

    /**
     * The document's root node, or empty for an empty document.
     *
     * @throws LimitExceeded when a limit is passed
     * @throws org.snakeyaml.engine.v2.exceptions.YamlEngineException when the text is not YAML
     */
    static Optional<Node> compose(String text) {
        checkSize(text);
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_CHARACTERS).setBufferSize(64 * 1024).setLabel("scorecard file").build();
        Parser events = new Counting(new ParserImpl(settings, new StreamReader(settings, text)));
        return new Composer(settings, events).getSingleNode();
    }

    private static void checkSize(String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new LimitExceeded(Optional.empty(), "the file has " + text.length() + " characters; a scorecard file may have at most "
                    + MAX_CHARACTERS);
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_LENGTH) {
                    throw new LimitExceeded(Optional.empty(), "line " + line + " has " + (i - start)
                            + " characters; a line may have at most " + MAX_LINE_LENGTH + " (break long text over several lines)");
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Passes events on, counting nesting, nodes and aliases. */
    private static final class Counting implements Parser {
        private final Parser parser;
        private int depth;
        private int nodes;
        private int aliases;

        Counting(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    count(event);
                    if (++depth > MAX_DEPTH) {
                        throw new LimitExceeded(event.getStartMark(), "lists and mappings are nested more than "
                                + MAX_DEPTH + " levels deep");
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Scalar -> count(event);
                case Alias -> {
                    count(event);
                    if (++aliases > MAX_ALIASES) {
                        throw new LimitExceeded(event.getStartMark(), "the file uses more than " + MAX_ALIASES + " aliases (*name)");
                    }
                }
                default -> {
                    // stream and document events carry no data
                }
            }
            return event;
        }

        private void count(Event event) {
            if (++nodes > MAX_NODES) {
                throw new LimitExceeded(event.getStartMark(), "the file has more than " + MAX_NODES
                        + " values; split it into several files");
            }
        }
    }
}
