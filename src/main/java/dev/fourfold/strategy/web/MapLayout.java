package dev.fourfold.strategy.web;

import dev.fourfold.strategy.MapPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the bands and boxes of a strategy map go, in the map's units ({@link MapPosition#MAX_X} wide): one band per
 * perspective, in order from the top, as tall as its rows of boxes; a box where it was saved (kept inside its band)
 * or, without a saved position, spread evenly over its row, at most {@link #PER_ROW} to a row.
 */
record MapLayout(int width, int height, List<Band> bands, Map<Long, Box> boxes) {

    static final int WIDTH = MapPosition.MAX_X;
    static final int BOX_WIDTH = 190;
    static final int BOX_HEIGHT = 76;
    static final int LABEL_HEIGHT = 28;
    static final int ROW_HEIGHT = 120;
    static final int PER_ROW = 5;
    static final int MARGIN = 4;
    /** How far an arrow's curve bows out, as a share of its length: a little, and more along one band. */
    static final double BEND = 0.08;
    static final double SAME_BAND_BEND = 0.22;

    /** A perspective's objectives, in order. */
    record BandInput(long perspectiveId, List<Long> objectiveIds) {
    }

    /** A perspective's band: its top edge and height. */
    record Band(long perspectiveId, int index, int top, int height) {

        /** The lowest and highest centre a box may have, down from the band's top. */
        int minY() {
            return LABEL_HEIGHT + BOX_HEIGHT / 2;
        }

        int maxY() {
            return height - BOX_HEIGHT / 2 - MARGIN;
        }
    }

    /** A box's centre across the map and down from the map's top, and its band. */
    record Box(long objectiveId, int x, int y, int band) {

        int left() {
            return x - BOX_WIDTH / 2;
        }

        int top() {
            return y - BOX_HEIGHT / 2;
        }
    }

    static MapLayout of(List<BandInput> perspectives, Map<Long, MapPosition> saved) {
        List<Band> bands = new ArrayList<>();
        Map<Long, Box> boxes = new LinkedHashMap<>();
        int top = 0;
        for (int b = 0; b < perspectives.size(); b++) {
            List<Long> ids = perspectives.get(b).objectiveIds();
            int rows = Math.max(1, (ids.size() + PER_ROW - 1) / PER_ROW);
            Band band = new Band(perspectives.get(b).perspectiveId(), b, top, LABEL_HEIGHT + rows * ROW_HEIGHT);
            bands.add(band);
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                MapPosition at = saved.get(id);
                int x = at == null ? evenX(i, ids.size()) : clamp(at.x(), BOX_WIDTH / 2 + MARGIN, WIDTH - BOX_WIDTH / 2 - MARGIN);
                int y = at == null ? LABEL_HEIGHT + (i / PER_ROW) * ROW_HEIGHT + ROW_HEIGHT / 2
                        : clamp(at.y(), band.minY(), band.maxY());
                boxes.put(id, new Box(id, x, top + y, b));
            }
            top += band.height();
        }
        return new MapLayout(WIDTH, top, List.copyOf(bands), boxes);
    }

    /** The centre of the {@code i}th of {@code count} boxes spread evenly, row by row. */
    private static int evenX(int i, int count) {
        int row = i / PER_ROW;
        int inRow = Math.min(PER_ROW, count - row * PER_ROW);
        return (int) Math.round((i % PER_ROW + 0.5) * WIDTH / inRow);
    }

    private static int clamp(int v, int low, int high) {
        return Math.max(low, Math.min(high, v));
    }

    /**
     * The arrow from a cause's box to its effect's, as a quadratic curve {x1, y1, cx, cy, x2, y2}: bent to the left of
     * its direction, or between boxes of one band further and upwards, so that arrows along a row pass over the boxes
     * between and stay in their band; from
     * the edge of one box to a little before the edge of the other (room for the arrowhead). Null when the boxes are
     * so close that the curve would start or end inside them. The map's script draws it the same way.
     */
    static int @org.jspecify.annotations.Nullable [] arrow(Box from, Box to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        if (dx == 0 && dy == 0) {
            return null;
        }
        boolean sameBand = from.band() == to.band();
        double bend = sameBand ? SAME_BAND_BEND : BEND;
        // left of the direction; along a band always upwards, over its row and inside the band
        double flip = sameBand && dx < 0 ? -1 : 1;
        double cx = (from.x() + to.x()) / 2.0 + flip * dy * bend;
        double cy = (from.y() + to.y()) / 2.0 - flip * dx * bend;
        double out = edge(cx - from.x(), cy - from.y(), 0);
        double in = edge(cx - to.x(), cy - to.y(), 6);
        if (out >= 1 || in >= 1) {
            return null;
        }
        return new int[] {round(from.x() + out * (cx - from.x())), round(from.y() + out * (cy - from.y())),
                round(cx), round(cy), round(to.x() + in * (cx - to.x())), round(to.y() + in * (cy - to.y()))};
    }

    private static int round(double v) {
        return (int) Math.round(v);
    }

    /** The fraction of the way (dx, dy) at which it leaves a box around its start, grown by {@code gap}. */
    private static double edge(double dx, double dy, double gap) {
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : (BOX_WIDTH / 2.0 + gap) / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : (BOX_HEIGHT / 2.0 + gap) / Math.abs(dy);
        return Math.min(tx, ty);
    }
}
