package dev.fourfold.evaluation.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

/**
 * A small line of a KPI's recent values as inline SVG, drawn on the server: a page of 200 KPIs shows 200 of them
 * without starting a chart library. Missing values break the line; the latest value is a dot in its status's colour.
 * The picture is an image with a label, so a screen reader hears what it shows.
 */
public final class Sparkline {

    static final int WIDTH = 96;
    static final int HEIGHT = 24;
    private static final double PAD = 3;

    private Sparkline() {
    }

    /**
     * The SVG of {@code values} (oldest first, null where a period has none), its last value marked in
     * {@code status}'s colour (a status key such as {@code green}), described by {@code label}; empty when no
     * value is present.
     */
    public static String svg(List<@Nullable Double> values, String status, String label) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null && Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                last = i;
            }
        }
        if (last < 0) {
            return "";
        }
        StringBuilder svg = new StringBuilder(160 + 12 * values.size());
        svg.append("<svg class=\"spark\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(HtmlEscape.escapeHtml4Xml(label)).append("\">");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v)) {
                polyline(svg, line);
                continue;
            }
            line.append(line.isEmpty() ? "" : " ").append(x(i, values.size())).append(',').append(y(v, min, max));
        }
        polyline(svg, line);
        svg.append("<circle class=\"spark-end status-").append(HtmlEscape.escapeHtml4Xml(status)).append("\" cx=\"")
                .append(x(last, values.size())).append("\" cy=\"").append(y(values.get(last), min, max))
                .append("\" r=\"2.5\"/></svg>");
        return svg.toString();
    }

    /** Draws the collected points as one line (a single point as a short dash) and starts a new one. */
    private static void polyline(StringBuilder svg, StringBuilder line) {
        if (line.isEmpty()) {
            return;
        }
        String points = line.indexOf(" ") < 0 ? line + " " + line : line.toString();
        svg.append("<polyline class=\"spark-line\" points=\"").append(points).append("\"/>");
        line.setLength(0);
    }

    private static String x(int i, int count) {
        return format(count < 2 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (count - 1));
    }

    /** Higher values higher up; a flat line in the middle. */
    private static String y(double v, double min, double max) {
        return format(max == min ? HEIGHT / 2.0 : HEIGHT - PAD - (v - min) * (HEIGHT - 2 * PAD) / (max - min));
    }

    /** To a tenth of a pixel, which is as fine as a sparkline needs (and cheaper than a formatter). */
    private static String format(double d) {
        return Double.toString(Math.round(d * 10) / 10.0);
    }
}
