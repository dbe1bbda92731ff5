package dev.fourfold.strategy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A strategy map as one self-contained SVG: the same text goes into the page and into the downloaded file, and the
 * page's script draws it onto a canvas for the PNG, so everything it needs is in attributes (no stylesheet). Each
 * objective is a link with a title naming its score and status in words; its status is also a shape (circle green,
 * triangle amber, square red, diamond blue, dashed ring none) in a colour-blind-safe palette, never colour alone.
 */
final class MapSvg {

    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    private static final int NAME_CHARS = 25;

    /** A box's stroke and fill for each status. */
    private static final Map<String, String[]> COLOURS = Map.of(
            "green", new String[] {"#007a5a", "#e0f2ec"},
            "amber", new String[] {"#a05a00", "#fdecc8"},
            "red", new String[] {"#c4410c", "#fbe2d5"},
            "blue", new String[] {"#0068a8", "#dcebf7"},
            "none", new String[] {"#5f6b7a", "#eef0f3"});

    /** One objective's box: what it says and where it leads. */
    record MapBox(long objectiveId, String code, String name, String href, String score, String status,
                  String statusWord, String title) {
    }

    /** A perspective's band and its name. */
    record Band(MapLayout.Band band, String name) {
    }

    private MapSvg() {
    }

    static String of(MapLayout layout, List<Band> bands, List<MapBox> boxes, List<long[]> links, String title,
                     String description) {
        StringBuilder svg = new StringBuilder(8_192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"strategy-map\" class=\"strategy-map\" viewBox=\"0 0 ")
                .append(layout.width()).append(' ').append(layout.height()).append("\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\" role=\"group\"")
                .append(" aria-labelledby=\"map-title map-desc\" font-family=\"").append(FONT).append("\">")
                .append("<title id=\"map-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"map-desc\">").append(escape(description)).append("</desc>")
                .append("<defs><marker id=\"map-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
                .append(" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#344054\"/></marker></defs>")
                .append("<rect width=\"").append(layout.width()).append("\" height=\"").append(layout.height())
                .append("\" fill=\"#ffffff\"/>");
        bands.forEach(b -> band(svg, b, layout.width()));
        svg.append("<g class=\"map-links\">");
        for (long[] link : links) {
            arrow(svg, layout, link[0], link[1]);
        }
        svg.append("</g>");
        boxes.forEach(b -> box(svg, b, layout.boxes().get(b.objectiveId())));
        return svg.append("</svg>").toString();
    }

    private static void band(StringBuilder svg, Band b, int width) {
        MapLayout.Band band = b.band();
        svg.append("<g class=\"map-band\" data-band=\"").append(band.index()).append("\" data-top=\"").append(band.top())
                .append("\" data-min-y=\"").append(band.minY()).append("\" data-max-y=\"").append(band.maxY())
                .append("\"><rect y=\"").append(band.top()).append("\" width=\"").append(width).append("\" height=\"")
                .append(band.height()).append("\" fill=\"").append(band.index() % 2 == 0 ? "#f5f7fa" : "#e9edf3")
                .append("\"/><text x=\"12\" y=\"").append(band.top() + 19)
                .append("\" font-size=\"13\" font-weight=\"700\" fill=\"#344054\">").append(escape(b.name()))
                .append("</text></g>");
    }

    private static void arrow(StringBuilder svg, MapLayout layout, long cause, long effect) {
        MapLayout.Box from = layout.boxes().get(cause);
        MapLayout.Box to = layout.boxes().get(effect);
        if (from == null || to == null) {
            return;
        }
        int[] line = MapLayout.arrow(from, to);
        boolean hidden = line == null; // overlapping boxes: drawn once a box is dragged apart
        if (hidden) {
            line = new int[] {from.x(), from.y(), from.x(), from.y(), to.x(), to.y()};
        }
        svg.append("<path class=\"map-link\" data-from=\"").append(cause).append("\" data-to=\"").append(effect)
                .append("\" d=\"M").append(line[0]).append(',').append(line[1]).append(" Q").append(line[2]).append(',')
                .append(line[3]).append(' ').append(line[4]).append(',').append(line[5]).append('"')
                .append(hidden ? " visibility=\"hidden\"" : "")
                .append(" fill=\"none\" stroke=\"#344054\" stroke-width=\"1.75\" marker-end=\"url(#map-arrow)\"/>");
    }

    private static void box(StringBuilder svg, MapBox b, MapLayout.Box at) {
        String[] colour = COLOURS.getOrDefault(b.status(), COLOURS.get("none"));
        svg.append("<a class=\"map-box\" href=\"").append(escape(b.href())).append("\" data-objective=\"")
                .append(b.objectiveId()).append("\" data-code=\"").append(escape(b.code())).append("\" data-status=\"")
                .append(escape(b.status())).append("\" data-band=\"").append(at.band()).append("\" data-x=\"")
                .append(at.x()).append("\" data-y=\"").append(at.y()).append("\"><title>").append(escape(b.title()))
                .append("</title><g transform=\"translate(").append(at.left()).append(',').append(at.top())
                .append(")\"><rect class=\"map-box-frame\" width=\"").append(MapLayout.BOX_WIDTH).append("\" height=\"")
                .append(MapLayout.BOX_HEIGHT).append("\" rx=\"8\" fill=\"").append(colour[1]).append("\" stroke=\"")
                .append(colour[0]).append("\" stroke-width=\"2\"/>");
        List<String> lines = lines(b.name());
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<text x=\"10\" y=\"").append(20 + 16 * i)
                    .append("\" font-size=\"13\" font-weight=\"600\" fill=\"#101828\">").append(escape(lines.get(i)))
                    .append("</text>");
        }
        shape(svg, b.status(), colour[0]);
        svg.append("<text class=\"map-box-score\" x=\"28\" y=\"63\" font-size=\"12\" fill=\"#101828\">")
                .append("<tspan font-weight=\"700\">").append(escape(b.score())).append("</tspan> ")
                .append(escape(b.statusWord())).append("</text>")
                .append("<text x=\"").append(MapLayout.BOX_WIDTH - 10)
                .append("\" y=\"63\" font-size=\"11\" text-anchor=\"end\" fill=\"#475467\">").append(escape(b.code()))
                .append("</text></g></a>");
    }

    /** The status's shape at the start of the box's last line. */
    private static void shape(StringBuilder svg, String status, String colour) {
        String fill = "\" fill=\"" + colour + "\"/>";
        switch (status) {
            case "green" -> svg.append("<circle cx=\"16\" cy=\"59\" r=\"5.5").append(fill);
            case "amber" -> svg.append("<path d=\"M16,52.5 L22.5,64 L9.5,64 z").append(fill);
            case "red" -> svg.append("<rect x=\"10.5\" y=\"53.5\" width=\"11\" height=\"11").append(fill);
            case "blue" -> svg.append("<path d=\"M16,52 L22.5,59 L16,66 L9.5,59 z").append(fill);
            default -> svg.append("<circle cx=\"16\" cy=\"59\" r=\"5\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"1.75\" stroke-dasharray=\"2.5 2\"/>");
        }
    }

    /** The name in at most two lines of about {@value #NAME_CHARS} characters, cut short with an ellipsis. */
    static List<String> lines(String name) {
        String[] words = name.trim().split("\\s+");
        List<String> lines = new ArrayList<>(2);
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (; used < words.length; used++) {
            if (!line.isEmpty() && line.length() + 1 + words[used].length() > NAME_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == 2) {
                    break;
                }
            }
            line.append(line.isEmpty() ? "" : " ").append(words[used]);
        }
        if (lines.size() < 2 && !line.isEmpty()) {
            lines.add(line.toString());
        }
        List<String> fitted = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean last = i == lines.size() - 1;
            fitted.add(l.length() > NAME_CHARS || last && used < words.length ? shortened(l) : l);
        }
        return fitted;
    }

    /** A line with an ellipsis, cut after its last whole word that leaves room for it. */
    private static String shortened(String line) {
        if (line.length() < NAME_CHARS) {
            return line + "…";
        }
        int space = line.lastIndexOf(' ', NAME_CHARS - 1);
        return (space > 0 ? line.substring(0, space) : line.substring(0, NAME_CHARS - 1)) + "…";
    }

    /** Text for an attribute or element of the SVG. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
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
