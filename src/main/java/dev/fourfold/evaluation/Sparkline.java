package dev.fourfold.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A small line chart of a series as inline SVG, drawn on the server so that a page of many KPIs starts no chart
 * library: a polyline per run of values (a missing value leaves a gap), a dot on a value standing alone and on the
 * latest value, scaled between the series' lowest and highest value. The line takes the text colour
 * ({@code currentColor}), so a stylesheet colours it. The label names the chart for screen readers; the numbers
 * themselves belong in the table beside it.
 *
 * <p>{@code Sparkline.svg(List.of(4.0, null, 5.5, 6.0), "Revenue, last 12 months")} gives
 * {@code <svg class="sparkline" ... role="img" aria-label="Revenue, last 12 months">…</svg>}.
 */
public final class Sparkline {

    public static final int WIDTH = 100;
    public static final int HEIGHT = 24;
    private static final double PAD = 2.5;

    private Sparkline() {
    }

    /** The series, oldest first, as an SVG 100 × 24 pixels wide; null, NaN and infinite values are gaps. */
    public static String svg(List<? extends @Nullable Double> values, String label) {
        return svg(values, WIDTH, HEIGHT, label);
    }

    /**
     * The series as {@link #svg(List, String)} draws it, its latest value's dot with the class {@code status-KEY}
     * (a status key such as {@code amber}) so that the page's style colours it as the status, which the page also
     * writes as a shape and a word.
     */
    public static String svg(List<? extends @Nullable Double> values, String label, String status) {
        return svg(values, WIDTH, HEIGHT, label, status);
    }

    /** The series, oldest first, as an SVG of the given size in CSS pixels. */
    public static String svg(List<? extends @Nullable Double> values, int width, int height, String label) {
        return svg(values, width, height, label, null);
    }

    private static String svg(List<? extends @Nullable Double> values, int width, int height, String label,
                              @Nullable String status) {
        if (width <= 2 * PAD || height <= 2 * PAD) {
            throw new IllegalArgumentException("a sparkline needs more than " + 2 * PAD + " pixels each way");
        }
        StringBuilder svg = new StringBuilder(256).append("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\"><title>")
                .append(escape(label)).append("</title>");
        double[] range = range(values);
        if (range != null) {
            double step = values.size() > 1 ? (width - 2 * PAD) / (values.size() - 1) : 0;
            for (List<double[]> run : runs(values, range, step, height)) {
                if (run.size() > 1) {
                    svg.append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\""
                            + " stroke-linejoin=\"round\" stroke-linecap=\"round\" points=\"");
                    for (int i = 0; i < run.size(); i++) {
                        svg.append(i == 0 ? "" : " ").append(number(run.get(i)[0])).append(',').append(number(run.get(i)[1]));
                    }
                    svg.append("\"/>");
                } else {
                    dot(svg, run.get(0));
                }
            }
            double[] last = latest(values, range, step, height);
            if (last != null || status != null) {
                double[] end = last != null ? last : lastPresent(values, range, step, height);
                if (end != null && status != null) {
                    svg.append("<circle class=\"status-").append(escape(status)).append("\" cx=\"")
                            .append(number(end[0])).append("\" cy=\"").append(number(end[1])).append("\" r=\"2.5\"/>");
                } else if (end != null) {
                    dot(svg, end);
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The lowest and highest value, or null when there is none. */
    private static double @Nullable [] range(List<? extends @Nullable Double> values) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (present(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return low > high ? null : new double[] {low, high};
    }

    /** The points of each unbroken run of values. */
    private static List<List<double[]>> runs(List<? extends @Nullable Double> values, double[] range, double step,
                                             int height) {
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (present(v)) {
                run.add(point(i, v, range, step, height));
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The point of the last value, when it is present and follows another (a lone value has its dot already). */
    private static double @Nullable [] latest(List<? extends @Nullable Double> values, double[] range, double step,
                                              int height) {
        int last = values.size() - 1;
        Double v = values.get(last);
        if (!present(v) || last == 0 || !present(values.get(last - 1))) {
            return null;
        }
        return point(last, v, range, step, height);
    }

    /** The point of the latest present value, or null when there is none. */
    private static double @Nullable [] lastPresent(List<? extends @Nullable Double> values, double[] range, double step,
                                                   int height) {
        for (int i = values.size() - 1; i >= 0; i--) {
            if (present(values.get(i))) {
                return point(i, values.get(i), range, step, height);
            }
        }
        return null;
    }

    private static double[] point(int index, double value, double[] range, double step, int height) {
        double span = range[1] - range[0];
        double fraction = span == 0 ? 0.5 : (value - range[0]) / span;
        return new double[] {PAD + index * step, height - PAD - fraction * (height - 2 * PAD)};
    }

    private static void dot(StringBuilder svg, double[] point) {
        svg.append("<circle cx=\"").append(number(point[0])).append("\" cy=\"").append(number(point[1]))
                .append("\" r=\"2\" fill=\"currentColor\"/>");
    }

    private static boolean present(@Nullable Double v) {
        return v != null && Double.isFinite(v);
    }

    /** To a tenth of a pixel, as fine as a sparkline needs, and cheaper than a formatter on a page of 200. */
    private static String number(double v) {
        return Double.toString(Math.round(v * 10) / 10.0);
    }

    /** Text for an attribute or element of the SVG. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
