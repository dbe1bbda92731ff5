package dev.fourfold.cli;

import dev.fourfold.importing.FileProblem;
import dev.fourfold.importing.ScorecardFileParser;
import dev.fourfold.importing.ScorecardFileReport;
import dev.fourfold.scoring.ScoringModel;
import dev.fourfold.scoring.View;
import dev.fourfold.shared.Period;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code evaluate FILE --period P [--view period|ytd|year] [--forecast N] [--scorecard NAME]}: evaluates a scorecard
 * file (its first scorecard, or the one named by {@code --scorecard}) without a server or database and prints the
 * result as JSON to standard output. Problems go to standard error, one per line
 * ({@code FILE:LINE:COLUMN: message}), with exit status 2. Runs before and without Spring, and logs nothing, so
 * standard output is pure JSON.
 */
public final class EvaluateCommand {

    /** Exit status of a successful evaluation. */
    public static final int OK = 0;
    /** Exit status of bad arguments or a bad file. */
    public static final int USAGE = 2;

    private static final String USAGE_LINE =
            "usage: java -jar fourfold.jar evaluate FILE --period PERIOD [--view period|ytd|year] [--forecast N]"
                    + " [--scorecard NAME]";

    private final PrintStream out;
    private final PrintStream err;

    public EvaluateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command with the arguments after {@code evaluate}; returns the exit status. */
    public int run(String... args) {
        EvaluateArguments arguments;
        try {
            arguments = EvaluateArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("evaluate: " + e.getMessage());
            err.println(USAGE_LINE);
            return USAGE;
        }
        String text;
        try {
            text = Files.readString(Path.of(arguments.file()), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(arguments.file() + ": no such file");
            return USAGE;
        } catch (CharacterCodingException e) {
            err.println(arguments.file() + ": not UTF-8 text");
            return USAGE;
        } catch (IOException | RuntimeException e) {
            err.println(arguments.file() + ": cannot be read (" + e.getMessage() + ")");
            return USAGE;
        }
        ScorecardFileReport report = ScorecardFileParser.parse(text);
        if (!report.isValid()) {
            for (FileProblem problem : report.problems()) {
                err.println(problem.line() == 0 ? arguments.file() + ": " + problem.message()
                        : problem.describe(arguments.file()));
            }
            return USAGE;
        }
        ScoringModel model = arguments.scorecard() == null ? report.file().model()
                : report.file().model(arguments.scorecard()).orElse(null);
        if (model == null) {
            err.println("evaluate: " + arguments.file() + " has no scorecard named '" + arguments.scorecard()
                    + "'; its scorecards: " + String.join(", ", report.file().all().stream()
                    .map(f -> f.scorecard().name()).toList()));
            return USAGE;
        }
        String json = new EvaluationJson(model, arguments.forecast())
                .write(model.evaluate(arguments.period(), arguments.view()));
        out.print(json);
        out.flush();
        return OK;
    }

    /** The parsed command line. */
    record EvaluateArguments(String file, Period period, View view, int forecast, String scorecard) {

        static EvaluateArguments parse(String... args) {
            String file = null;
            Period period = null;
            View view = View.PERIOD;
            int forecast = 0;
            String scorecard = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                switch (option) {
                    case "--period" -> period = Period.parse(value(args, i++, arg));
                    case "--view" -> view = View.fromKey(value(args, i++, arg));
                    case "--forecast" -> forecast = horizon(value(args, i++, arg));
                    case "--scorecard" -> scorecard = value(args, i++, arg);
                    default -> {
                        if (arg.startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                        }
                        file = arg;
                    }
                }
                if (arg.contains("=")) {
                    i--;
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("no scorecard file given");
            }
            if (period == null) {
                throw new IllegalArgumentException("--period is required, e.g. --period 2026-03");
            }
            return new EvaluateArguments(file, period, view, forecast, scorecard);
        }

        private static String value(String[] args, int i, String arg) {
            if (arg.contains("=")) {
                return arg.substring(arg.indexOf('=') + 1);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            return args[i + 1];
        }

        private static int horizon(String text) {
            try {
                int n = Integer.parseInt(text);
                if (n >= 1 && n <= 120) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--forecast takes a number of periods from 1 to 120, not '" + text + "'");
        }
    }
}
