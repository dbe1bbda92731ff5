package dev.fourfold.strategy;

/**
 * Where an objective's box stands on its strategy map: the centre of the box, {@code x} across the map and {@code y}
 * down from the top of its perspective's band, in the map's units (see {@link #MAX_X}, {@link #MAX_Y}).
 */
public record MapPosition(long objectiveId, int x, int y) {

    /** The map's width in its own units. */
    public static final int MAX_X = 1100;
    /** The furthest a box may stand below the top of its band (a band of many rows of boxes). */
    public static final int MAX_Y = 2000;

    public MapPosition {
        if (x < 0 || x > MAX_X || y < 0 || y > MAX_Y) {
            throw new IllegalArgumentException("a position lies within 0–" + MAX_X + " across and 0–" + MAX_Y + " down");
        }
    }
}
