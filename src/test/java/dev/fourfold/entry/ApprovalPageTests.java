package dev.fourfold.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.fourfold.kpi.KpiService;
import dev.fourfold.measurement.Actual;
import dev.fourfold.measurement.ActualService;
import dev.fourfold.measurement.ActualState;
import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.support.TestClock;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The approver's queue through its page, on the database of {@link EntryPageTests} (a context of its own). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:entry-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class ApprovalPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KpiService kpis;

    @Autowired
    ActualService actuals;

    /** A value the steward enters on the Services scorecard, which requires approval: it waits as pending. */
    private Actual pending(String code, String value) {
        long kpi = kpis.findByCode(code).orElseThrow().id();
        Actual a = actuals.create(new ActualService.Item(kpi, null, "2026-11", new BigDecimal(value), null, null, null),
                Actor.user("steward", ChangeSource.UI));
        assertThat(a.state()).isEqualTo(ActualState.PENDING);
        return a;
    }

    @SuppressWarnings("unchecked")
    private List<ApprovalQueue.Pending> queue(String user) throws Exception {
        MvcResult r = mvc.perform(get("/approvals").with(user(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return (List<ApprovalQueue.Pending>) r.getModelAndView().getModel().get("queue");
    }

    private MvcResult review(String user, Actual a, String action, String reason, boolean htmx) throws Exception {
        var request = post("/approvals/" + a.id() + "/" + action).with(user(user)).with(csrf())
                .param("version", String.valueOf(a.version())).param("reason", reason);
        return mvc.perform(htmx ? request.header("HX-Request", "true") : request).andReturn();
    }

    @Test
    void listsPendingValuesOnlyToThoseWhoMayApproveThem() throws Exception {
        Actual a = pending("S_UTIL", "71");
        assertThat(queue("owner")).anySatisfy(p -> {
            assertThat(p.value().id()).isEqualTo(a.id());
            assertThat(p.previousPeriod().key()).isEqualTo("2026-10");
            assertThat(p.previous()).isNotNull();
        });
        assertThat(queue("steward")).isEmpty();
        assertThat(queue("viewer")).isEmpty();
    }

    @Test
    void refusesARejectionWithoutAReasonAndKeepsTheValuePending() throws Exception {
        Actual a = pending("S_CSAT", "4.1");
        MvcResult plain = review("owner", a, "reject", " ", false);
        assertThat(plain.getResponse().getStatus()).isEqualTo(400);
        MvcResult htmx = review("owner", a, "reject", "", true);
        assertThat(htmx.getResponse().getStatus()).isEqualTo(400);
        assertThat(htmx.getResponse().getContentAsString()).startsWith("<tr").contains("Say why you reject the value");
        assertThat(actuals.get(a.id()).state()).isEqualTo(ActualState.PENDING);

        assertThat(review("owner", a, "reject", "Survey not closed yet", false).getResponse().getStatus()).isEqualTo(302);
        assertThat(actuals.get(a.id()).state()).isEqualTo(ActualState.REJECTED);
        assertThat(actuals.get(a.id()).comment()).isEqualTo("Survey not closed yet");
    }

    @Test
    void forbidsAViewerToApprove() throws Exception {
        Actual a = pending("S_SLA", "97");
        assertThat(review("viewer", a, "approve", "", false).getResponse().getStatus()).isEqualTo(403);
        assertThat(review("steward", a, "approve", "", false).getResponse().getStatus()).isEqualTo(403);
        assertThat(actuals.get(a.id()).state()).isEqualTo(ActualState.PENDING);
    }

    @Test
    void approvesWithHtmxAndAnswersOnlyAStatusSoTheRowGoes() throws Exception {
        Actual a = pending("S_BACKLOG", "120");
        MvcResult r = review("owner", a, "approve", "", true);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("hx-swap-oob").contains("Approved Open tickets 2026-11.")
                .doesNotContain("<tr");
        assertThat(actuals.get(a.id()).state()).isEqualTo(ActualState.APPROVED);
    }

    @Test
    void refusesToApproveAValueChangedSinceTheQueueWasLoaded() throws Exception {
        Actual a = pending("S_MARGIN", "21");
        actuals.update(a.id(), new BigDecimal("23"), null, null, a.version(), Actor.user("steward", ChangeSource.UI));
        assertThat(review("owner", a, "approve", "", false).getResponse().getStatus()).isEqualTo(409);
        assertThat(actuals.get(a.id()).state()).isEqualTo(ActualState.PENDING);
    }
}
