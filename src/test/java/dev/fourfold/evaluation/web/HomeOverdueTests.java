package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.evaluation.EvaluationService;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overdue values on the home page over the demo company on 15 November 2026 (the fixed test clock): an open
 * period past its due date without an approved value, for the KPIs the reader is to enter, each leading to the grid.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class HomeOverdueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HomeOverview overview;

    @Autowired
    EvaluationService evaluations;

    @Test
    void listsTheOverdueValuesOfTheKpisTheReaderEntersEachLeadingToTheGrid() throws Exception {
        List<HomePageController.OverdueRow> rows = overdue("steward").items();

        assertThat(rows).extracting(HomePageController.OverdueRow::code).as("oldest due first")
                .containsExactly("S_FCR", "S_IDEAS", "S_PICKUP");
        HomePageController.OverdueRow pending = rows.get(0);
        assertThat(pending.period()).as("its October value awaits approval, so it does not count yet").isEqualTo("2026-10");
        assertThat(pending.due()).isEqualTo("Nov 10, 2026");
        assertThat(pending.entry()).isEqualTo("/entry?scorecard=" + services() + "&frequency=monthly");
        assertThat(rows.get(2).period()).as("a daily KPI's oldest open day").isEqualTo("2026-11-04");
    }

    @Test
    void showsAReaderWhoEntersNothingNoOverdueValue() throws Exception {
        assertThat(overdue("viewer").items()).isEmpty();
        assertThat(html("viewer", Locale.ENGLISH)).doesNotContain("id=\"overdue-kpis\"");
    }

    @Test
    void writesTheListAndTheDueDayInTheReadersLanguage() throws Exception {
        String html = html("admin", Locale.GERMAN);

        assertThat(html).contains("Überfällige Werte (3)", "2026-10 · fällig am 10.11.2026",
                "href=\"/entry?scorecard=" + services() + "&amp;frequency=monthly\"",
                "aria-label=\"Den überfälligen Wert von S_FCR First-contact resolution für 2026-10 erfassen\"")
                .doesNotContain("id=\"overdue-more\"");
    }

    @Test
    void findsMoreOverdueValuesAsDaysPassWithoutAnyWrite() {
        EvaluationService.Prepared prepared = evaluations.prepare(services(), null, null,
                Actor.user("admin", ChangeSource.UI));

        List<HomeOverview.OverdueKpi> today = overview.of(prepared, LocalDate.of(2026, 11, 15)).overdue();
        List<HomeOverview.OverdueKpi> later = overview.of(prepared, LocalDate.of(2026, 12, 15)).overdue();

        assertThat(today).hasSize(3);
        assertThat(later).as("November is due on 10 December and nobody entered it").hasSizeGreaterThan(today.size())
                .extracting(HomeOverview.OverdueKpi::period).contains("2026-11");
    }

    @Test
    void showsTheFirstFewAndSaysHowManyMore() {
        Shown<Integer> shown = Shown.first(List.of(1, 2, 3, 4, 5), 3);

        assertThat(shown.items()).containsExactly(1, 2, 3);
        assertThat(shown.more()).isEqualTo(2);
        assertThat(shown.total()).isEqualTo(5);
        assertThat(Shown.first(List.of(1), 3).more()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Shown<HomePageController.OverdueRow> overdue(String username) throws Exception {
        return (Shown<HomePageController.OverdueRow>) mvc.perform(get("/").with(user(username)).locale(Locale.ENGLISH))
                .andReturn().getModelAndView().getModel().get("overdue");
    }

    private String html(String username, Locale locale) throws Exception {
        return mvc.perform(get("/").with(user(username)).locale(locale)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long services() {
        return jdbc.sql("select id from scorecard where name = 'Services scorecard'").query(Long.class).single();
    }
}
