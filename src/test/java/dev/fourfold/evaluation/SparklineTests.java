package dev.fourfold.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTests {

    @Test
    void drawsOneLineFromTheLowestAtTheBottomToTheHighestAtTheTop() {
        String svg = Sparkline.svg(List.of(1.0, 3.0, 2.0), "Revenue");

        assertThat(svg).startsWith("<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"24\"")
                .contains("role=\"img\" aria-label=\"Revenue\"><title>Revenue</title>")
                .contains("points=\"2.5,21.5 50.0,2.5 97.5,12.0\"")
                .endsWith("<circle cx=\"97.5\" cy=\"12.0\" r=\"2\" fill=\"currentColor\"/></svg>");
    }

    @Test
    void leavesAGapWhereAValueIsMissingAndDotsAValueStandingAlone() {
        String svg = Sparkline.svg(Arrays.asList(1.0, 2.0, null, 3.0, null, Double.NaN, 4.0, 5.0), "Ideas");

        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg).as("3.0 between two gaps").contains("<circle cx=\"" + x(3, 8) + "\"");
        assertThat(svg).as("the latest value").contains("<circle cx=\"97.5\" cy=\"2.5\"");
    }

    @Test
    void drawsAFlatSeriesAcrossTheMiddle() {
        assertThat(Sparkline.svg(List.of(7.0, 7.0), "Flat")).contains("points=\"2.5,12.0 97.5,12.0\"");
    }

    @Test
    void drawsNothingButItsLabelForASeriesWithoutValues() {
        assertThat(Sparkline.svg(Arrays.asList(null, null), "Empty")).doesNotContain("<polyline", "<circle")
                .endsWith("<title>Empty</title></svg>");
        assertThat(Sparkline.svg(List.of(), "None")).endsWith("<title>None</title></svg>");
    }

    @Test
    void marksASingleValueWithADot() {
        assertThat(Sparkline.svg(List.of(4.0), "One")).contains("<circle cx=\"2.5\" cy=\"12.0\"")
                .doesNotContain("<polyline");
    }

    @Test
    void escapesTheLabelAndTakesItsSize() {
        String svg = Sparkline.svg(List.of(1.0, 2.0), 60, 20, "R&D <\"costs\">");

        assertThat(svg).contains("width=\"60\" height=\"20\" viewBox=\"0 0 60 20\"",
                "aria-label=\"R&amp;D &lt;&quot;costs&quot;&gt;\"").doesNotContain("<\"costs");
        assertThatThrownBy(() -> Sparkline.svg(List.of(1.0), 4, 20, "tiny")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String x(int index, int count) {
        return String.format(java.util.Locale.ROOT, "%.1f", 2.5 + index * 95.0 / (count - 1));
    }
}
