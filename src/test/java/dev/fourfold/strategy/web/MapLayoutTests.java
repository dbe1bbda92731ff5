package dev.fourfold.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fourfold.strategy.MapPosition;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MapLayoutTests {

    private static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void spreadsTheObjectivesOfABandEvenlyAcrossTheMap() {
        MapLayout layout = MapLayout.of(List.of(new MapLayout.BandInput(10, ids(1, 4)),
                new MapLayout.BandInput(11, ids(5, 5))), Map.of());

        assertThat(layout.boxes().values()).extracting(MapLayout.Box::x).containsExactly(138, 413, 688, 963, 550);
        assertThat(layout.bands()).extracting(MapLayout.Band::top).containsExactly(0, 148);
        assertThat(layout.boxes().get(1L).y()).isEqualTo(88);
        assertThat(layout.boxes().get(5L).y()).isEqualTo(148 + 88);
        assertThat(layout.height()).isEqualTo(296);
    }

    @Test
    void startsAnotherRowAfterFiveBoxesAndGrowsTheBand() {
        MapLayout layout = MapLayout.of(List.of(new MapLayout.BandInput(10, ids(1, 7))), Map.of());

        assertThat(layout.bands().get(0).height()).isEqualTo(28 + 2 * 120);
        assertThat(layout.boxes().get(6L)).extracting(MapLayout.Box::x, MapLayout.Box::y).containsExactly(275, 208);
        assertThat(layout.boxes().get(7L).x()).isEqualTo(825);
    }

    @Test
    void givesAnEmptyPerspectiveABandOfOneRow() {
        MapLayout layout = MapLayout.of(List.of(new MapLayout.BandInput(10, List.of())), Map.of());

        assertThat(layout.bands().get(0).height()).isEqualTo(148);
        assertThat(layout.boxes()).isEmpty();
    }

    @Test
    void putsABoxWhereItWasSavedKeptInsideItsBand() {
        MapLayout layout = MapLayout.of(List.of(new MapLayout.BandInput(10, ids(1, 2)),
                new MapLayout.BandInput(11, ids(3, 4))), Map.of(
                1L, new MapPosition(1, 300, 100),
                3L, new MapPosition(3, 0, 2000),
                4L, new MapPosition(4, 1100, 0)));

        assertThat(layout.boxes().get(1L)).extracting(MapLayout.Box::x, MapLayout.Box::y).containsExactly(300, 100);
        assertThat(layout.boxes().get(2L).x()).as("not saved: spread evenly").isEqualTo(825);
        assertThat(layout.boxes().get(3L)).extracting(MapLayout.Box::x, MapLayout.Box::y).containsExactly(99, 148 + 106);
        assertThat(layout.boxes().get(4L)).extracting(MapLayout.Box::x, MapLayout.Box::y).containsExactly(1001, 148 + 66);
    }

    @Test
    void drawsAnArrowAsACurveFromTheEdgeOfTheCauseToJustBeforeTheEffect() {
        MapLayout.Box cause = new MapLayout.Box(1, 500, 400, 1);
        MapLayout.Box effect = new MapLayout.Box(2, 500, 100, 0);

        assertThat(MapLayout.arrow(cause, effect)).containsExactly(494, 362, 476, 250, 493, 144);
        assertThat(MapLayout.arrow(new MapLayout.Box(1, 100, 100, 0), new MapLayout.Box(2, 400, 100, 0)))
                .as("along a band: bowed further, over the boxes between").containsExactly(186, 62, 250, 34, 300, 56);
    }

    @Test
    void bowsArrowsAlongABandUpwardsWhicheverWayTheyPoint() {
        assertThat(MapLayout.arrow(new MapLayout.Box(1, 400, 100, 0), new MapLayout.Box(2, 100, 100, 0)))
                .containsExactly(314, 62, 250, 34, 200, 56);
    }

    @Test
    void drawsNoArrowBetweenOverlappingBoxes() {
        assertThat(MapLayout.arrow(new MapLayout.Box(1, 100, 100, 0), new MapLayout.Box(2, 150, 120, 0))).isNull();
        assertThat(MapLayout.arrow(new MapLayout.Box(1, 100, 100, 0), new MapLayout.Box(2, 100, 100, 0))).isNull();
    }

    @Test
    void wrapsALongNameInTwoLinesAndCutsTheRest() {
        assertThat(MapSvg.lines("Grow revenue")).containsExactly("Grow revenue");
        assertThat(MapSvg.lines("Raise return on investment")).containsExactly("Raise return on", "investment");
        assertThat(MapSvg.lines("Deliver every single order on time and in full to every customer"))
                .containsExactly("Deliver every single", "order on time and in…");
        assertThat(MapSvg.lines("Supercalifragilisticexpialidocious")).containsExactly("Supercalifragilisticexpi…");
    }
}
