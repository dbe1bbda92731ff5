package dev.fourfold.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.kpi.Kpi;
import dev.fourfold.kpi.KpiService;
import dev.fourfold.kpi.PeriodLocks;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The data-entry grid through its page, on a database of its own (the tests write values): who sees which KPIs,
 * numbers in the user's language, and every way a save is refused with nothing written.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:entry-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class EntryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiService kpis;

    @Autowired
    ActualService actuals;

    @Autowired
    PeriodLocks locks;

    private EntryGrid grid(String user) throws Exception {
        MvcResult r = mvc.perform(get("/entry").with(user(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return (EntryGrid) r.getModelAndView().getModel().get("grid");
    }

    private static List<String> scorecards(EntryGrid grid) {
        return grid.sections().stream().flatMap(s -> s.rows().stream()).map(EntryGrid.Row::scorecard).distinct().toList();
    }

    private Kpi kpi(String code) {
        return kpis.findByCode(code).orElseThrow();
    }

    private Optional<Actual> stored(String code, String period) {
        return actuals.list(new ActualService.Filter(kpi(code).id(), null, null, null, null),
                new dev.fourfold.shared.PageRequest(0, 500), Actor.system()).items().stream()
                .filter(a -> a.period().equals(period)).findFirst();
    }

    private static MockHttpServletRequestBuilder cell(MockHttpServletRequestBuilder b, Kpi kpi, String period, String value) {
        String key = kpi.id() + "_" + period;
        return b.param("v_" + key, value).param("o_" + key, "").param("ver_" + key, "").param("c_" + key, "")
                .param("oc_" + key, "");
    }

    private MockHttpServletRequestBuilder save(String user) {
        return post("/entry").with(user(user)).with(csrf());
    }

    @Test
    void showsAKpiOwnerTheirKpisAndAScorecardOwnerEveryScorecardTheyOwn() throws Exception {
        EntryGrid steward = grid("steward");
        assertThat(scorecards(steward)).containsExactly("Services scorecard");
        assertThat(steward.sections().stream().flatMap(s -> s.rows().stream()))
                .allSatisfy(r -> assertThat(r.approval()).isTrue());
        assertThat(scorecards(grid("owner"))).hasSize(3);
    }

    @Test
    void tellsAViewerThatThereIsNothingToEnter() throws Exception {
        assertThat(grid("viewer").noKpis()).isTrue();
        String html = mvc.perform(get("/entry").with(user("viewer"))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("You have no KPIs to enter");
    }

    @Test
    void showsFormulaKpisComputedAndNotEditable() throws Exception {
        EntryGrid.Cell margin = grid("owner").cell(kpi("GM").id(), "2026-10").orElseThrow();
        assertThat(margin.editable()).isFalse();
        assertThat(margin.computed()).isNotNull();
    }

    @Test
    void showsTheGridInGermanWithDecimalCommas() throws Exception {
        String html = mvc.perform(get("/entry").with(user("steward")).header("Accept-Language", "de")).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String key = kpi("S_REV").id() + "_2026-10";
        assertThat(html).contains("Werte erfassen").contains("id=\"v_" + key + "\"")
                .containsPattern("id=\"v_" + key + "\"\\s+value=\"\\d+,\\d+\"").contains("data-decimal=\",\"");
    }

    @Test
    void readsAGermanDecimalCommaAndKeepsAKpiOwnersValuePending() throws Exception {
        Kpi revenue = kpi("S_REV");
        mvc.perform(cell(save("steward").header("Accept-Language", "de"), revenue, "2026-11", "1.234,5"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        Actual saved = stored("S_REV", "2026-11").orElseThrow();
        assertThat(saved.value()).isEqualByComparingTo("1234.5");
        assertThat(saved.state()).isEqualTo(ActualState.PENDING);
    }

    @Test
    void refusesAGridWithABadCellAndSavesNothing() throws Exception {
        MvcResult r = mvc.perform(cell(cell(save("owner"), kpi("REV"), "2026-11", "5000"), kpi("COGS"), "2026-11", "lots"))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("“lots” is not a number.").contains("value=\"5000\"");
        assertThat(stored("REV", "2026-11")).isEmpty();
        assertThat(stored("COGS", "2026-11")).isEmpty();
    }

    @Test
    void showsALockedPeriodReadOnlyAndRefusesAValueInIt() throws Exception {
        Kpi units = kpi("M_UNITS");
        locks.lock(units.scorecardId(), "2026-10", p -> "{}", Actor.user("owner", ChangeSource.UI));
        EntryGrid.Cell cell = grid("owner").cell(units.id(), "2026-10").orElseThrow();
        assertThat(cell.editable()).isFalse();
        assertThat(cell.lock()).startsWith("2026-10");
        BigDecimal before = stored("M_UNITS", "2026-10").orElseThrow().value();

        MvcResult r = mvc.perform(cell(save("owner"), units, "2026-10", "1")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("The period is locked (2026-10");
        assertThat(stored("M_UNITS", "2026-10").orElseThrow().value()).isEqualByComparingTo(before);
    }

    @Test
    void refusesAValueChangedSinceTheGridWasLoaded() throws Exception {
        Kpi cost = kpi("OPEX_RATIO");
        EntryGrid.Cell loaded = grid("owner").cell(cost.id(), "2026-10").orElseThrow();
        Actual seen = loaded.value();
        actuals.update(seen.id(), new BigDecimal("77"), null, null, seen.version(), Actor.user("admin", ChangeSource.API));
        String key = cost.id() + "_2026-10";

        MvcResult r = mvc.perform(save("owner").param("v_" + key, "12").param("o_" + key, seen.value().toPlainString())
                .param("ver_" + key, String.valueOf(seen.version())).param("c_" + key, "").param("oc_" + key, ""))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString()).contains("Changed since you opened the page: now 77, by admin");
        assertThat(stored("OPEX_RATIO", "2026-10").orElseThrow().value()).isEqualByComparingTo("77");
    }

    @Test
    void refusesAValueCreatedByAnotherUserIntoACellThatWasEmpty() throws Exception {
        Kpi kpi = kpi("M_REV");
        actuals.create(new ActualService.Item(kpi.id(), null, "2026-11", new BigDecimal("3"), null, null, null),
                Actor.user("admin", ChangeSource.API));
        MvcResult r = mvc.perform(cell(save("owner"), kpi, "2026-11", "4")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(stored("M_REV", "2026-11").orElseThrow().value()).isEqualByComparingTo("3");
    }
}
