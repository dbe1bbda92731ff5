package dev.fourfold.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.fourfold.security.UserService;
import dev.fourfold.shared.Actor;
import dev.fourfold.support.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The strategy map and the objective page with the demo company: who sees them, what they show, who may arrange
 * the map, and that a bad position is refused with a problem rather than a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class StrategyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    @Test
    void showsAReaderTheGroupsMapWithEveryObjectiveAndEveryLink() throws Exception {
        String html = page(get("/scorecards/" + group() + "/map?period=2026-10").with(user("viewer")));

        assertThat(count(html, "class=\"map-box\"")).isEqualTo(11);
        assertThat(count(html, "class=\"map-link\"")).isEqualTo(13);
        assertThat(count(html, "class=\"map-band\"")).isEqualTo(4);
        assertThat(html).contains("<title id=\"map-title\">Strategy map of Group scorecard at 2026-10</title>",
                "href=\"/objectives/" + objective("F1") + "?period=2026-10&amp;view=period\"", "Grow revenue",
                "Internal Business Processes", "Download SVG");
        assertThat(html).as("a viewer may look but not arrange").contains("data-arrange=\"false\"");
        assertThat(html).as("the dashboard's period picker, stepping the map").contains("type=\"month\"",
                "value=\"2026-10\"", "href=\"/scorecards/" + group() + "/map?period=2026-09&amp;view=period\"",
                "href=\"/scorecards/" + group() + "/map?period=2026-Q4&amp;view=period\"");
    }

    @Test
    void showsTheObjectiveWithItsKpisSparklinesLinksAndExplanation() throws Exception {
        String html = page(get("/objectives/" + objective("F2") + "?period=2026-10").with(user("viewer")));

        assertThat(html).contains("Improve profitability", "Financial", "cfo@northwind.example",
                "href=\"/kpis/" + kpi("GM") + "?period=2026-10&amp;view=period\"", "class=\"sparkline\"",
                "id=\"contribution-table\"", "Gross margin (GM)",
                "data-label=\"Share\">50%<",
                "href=\"/scorecards/" + group() + "?period=2026-10&amp;view=period\"");
        assertThat(section(html, "driven-by")).contains("F4 Control operating costs", "P2 Improve process efficiency");
        assertThat(section(html, "drives")).contains("F3 Raise return on investment");
        assertThat(section(html, "aligned")).contains("SF2 Protect margins", "Services scorecard");
    }

    @Test
    void writesScoresWithADecimalCommaInGerman() throws Exception {
        String html = page(get("/objectives/" + objective("F1") + "?period=2026-10").with(user("viewer"))
                .header("Accept-Language", "de"));

        assertThat(html).contains("Kennzahlen", "Wie die Bewertung zustande kommt");
        assertThat(html).containsPattern("id=\"objective-score\">\\d+,\\d<");
    }

    @Test
    void answersSomeoneWhoMayNotReadTheScorecardAsIfNothingWereThere() throws Exception {
        users.create("strategy-outsider", "Outsider", "outsider-password", false, Actor.system());

        mvc.perform(get("/scorecards/" + group() + "/map").with(user("strategy-outsider"))).andExpect(status().isNotFound());
        mvc.perform(get("/scorecards/" + group() + "/map.svg").with(user("strategy-outsider"))).andExpect(status().isNotFound());
        mvc.perform(get("/objectives/" + objective("F1")).with(user("strategy-outsider"))).andExpect(status().isNotFound());
        mvc.perform(get("/objectives/999999").with(user("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/scorecards/999999/map").with(user("viewer"))).andExpect(status().isNotFound());
        mvc.perform(position(group(), objective("L1"), "100", "70").with(user("strategy-outsider")))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAViewerWhoTriesToArrangeTheMap() throws Exception {
        mvc.perform(position(group(), objective("L2"), "500", "70").with(user("viewer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        assertThat(saved(objective("L2"))).isZero();
    }

    @Test
    void keepsWhereAnOwnerDroppedABoxForEveryReader() throws Exception {
        mvc.perform(position(group(), objective("C2"), "812.4", "70").with(user("owner"))).andExpect(status().isNoContent());
        mvc.perform(position(group(), objective("C2"), "820", "80").with(user("owner"))).andExpect(status().isNoContent());

        String html = page(get("/scorecards/" + group() + "/map").with(user("viewer")));
        int band = MapLayout.LABEL_HEIGHT + MapLayout.ROW_HEIGHT; // the Customer band, below one row of Financial
        assertThat(html).containsPattern("data-objective=\"" + objective("C2") + "\"[^>]*data-x=\"820\" data-y=\""
                + (band + 80) + "\"");
        assertThat(page(get("/scorecards/" + group() + "/map").with(user("owner")))).contains("data-arrange=\"true\"");
    }

    @Test
    void refusesBadCoordinatesWithAProblemNamingTheField() throws Exception {
        mvc.perform(position(group(), objective("P1"), "abc", "70").with(user("owner")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("x"));
        mvc.perform(position(group(), objective("P1"), "100", "-1").with(user("owner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("y"));
        mvc.perform(position(group(), objective("P1"), "NaN", "1e999").with(user("owner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(position(group(), objectiveOf("Services scorecard", "SF1"), "100", "70").with(user("owner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("objectiveId"));
        mvc.perform(post("/scorecards/" + group() + "/map/positions").with(csrf()).with(user("owner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3));

        assertThat(saved(objective("P1"))).isZero();
    }

    @Test
    void offersTheMapAsAnSvgFile() throws Exception {
        String svg = mvc.perform(get("/scorecards/" + group() + "/map.svg?period=2026-10").with(user("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(header().string("Content-Disposition",
                        Matchers.startsWith("attachment; filename=\"strategy-map-" + group() + "-2026-10.svg\"")))
                .andReturn().getResponse().getContentAsString();

        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(count(svg, "class=\"map-box\"")).isEqualTo(11);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder position(long scorecard, long objective, String x, String y) {
        return post("/scorecards/" + scorecard + "/map/positions").with(csrf())
                .param("objectiveId", String.valueOf(objective)).param("x", x).param("y", y);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** The HTML of the list with this id. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        return html.substring(start, html.indexOf("</ul>", start));
    }

    private long group() {
        return jdbc.sql("select id from scorecard where name = 'Group scorecard'").query(Long.class).single();
    }

    private long objective(String code) {
        return objectiveOf("Group scorecard", code);
    }

    private long objectiveOf(String scorecard, String code) {
        return jdbc.sql("select o.id from objective o join scorecard s on s.id = o.scorecard_id where s.name = :s and o.code = :c")
                .param("s", scorecard).param("c", code).query(Long.class).single();
    }

    private long kpi(String code) {
        return jdbc.sql("select id from kpi where code = :c").param("c", code).query(Long.class).single();
    }

    private long saved(long objective) {
        return jdbc.sql("select count(*) from objective_position where objective_id = :o").param("o", objective)
                .query(Long.class).single();
    }
}
