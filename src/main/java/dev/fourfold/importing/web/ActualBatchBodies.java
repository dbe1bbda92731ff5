package dev.fourfold.importing.web;

import dev.fourfold.importing.values.FileSource;
import dev.fourfold.importing.values.RowProblem;
import dev.fourfold.importing.values.ValueFiles;
import dev.fourfold.importing.values.ValueRow;
import dev.fourfold.importing.values.ValueSink;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies of a values batch other than JSON: NDJSON, a JSON object per line (as the JSON batch's items), and CSV
 * in the layouts of a file of values (long: {@code kpi_code,period,value[,comment]}, or wide), read by the import's
 * reader (delimiter and decimal comma detected). The values then take the batch's one path, all or nothing; every
 * problem names its line (NDJSON) or row and column (CSV).
 */
final class ActualBatchBodies {

    private static final Pattern ITEM = Pattern.compile("items\\[(\\d+)](\\.?)(.*)");

    private final ObjectReader items;

    ActualBatchBodies(JsonMapper json) {
        this.items = json.readerFor(ActualService.Item.class);
    }

    /** A body read: its items in order, and where each came from, for naming problems. */
    record Read(List<ActualService.Item> items, IntFunction<String> place) {

        /** The service's refusals with each item's place instead of its index. */
        InvalidInputException located(InvalidInputException e) {
            return new InvalidInputException(e.problems().stream().map(p -> {
                Matcher m = ITEM.matcher(p.field());
                if (!m.matches() || Integer.parseInt(m.group(1)) >= items.size()) {
                    return p;
                }
                String field = m.group(3);
                return new FieldProblem(place.apply(Integer.parseInt(m.group(1))) + (field.isEmpty() ? "" : ": " + field),
                        p.message());
            }).toList());
        }
    }

    Read ndjson(byte[] body) {
        List<ActualService.Item> read = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        String[] text = new String(body, StandardCharsets.UTF_8).split("\r?\n", -1);
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                read.add(items.readValue(line));
                lines.add(i + 1);
            } catch (JacksonException e) {
                problems.add(new FieldProblem("line " + (i + 1), "is not a JSON object of kpiCode or kpiId, period and "
                        + "value (and optionally comment, state, version): " + reason(e)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().limit(1000).toList());
        }
        return new Read(read, i -> "line " + lines.get(i));
    }

    Read csv(byte[] body) {
        List<ValueRow> rows = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        try {
            ValueFiles.read(FileSource.of(body), new ValueSink() {
                @Override
                public void value(ValueRow row) {
                    rows.add(row);
                }

                @Override
                public void problem(RowProblem problem) {
                    problems.add(new FieldProblem(problem.location(), problem.message()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().limit(1000).toList());
        }
        List<ActualService.Item> read = rows.stream().map(r -> new ActualService.Item(null, r.kpiCode(), r.period(),
                r.value(), r.comment(), null, null)).toList();
        return new Read(read, i -> "row " + rows.get(i).row());
    }

    /** Jackson's own reason, without its excerpt of the source. */
    private static String reason(JacksonException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }
}
