package dev.fourfold.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.fourfold.support.TestClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail page: filters as links, paging, and only the changes the user may see. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsChangesNewestFirstWithPaging() throws Exception {
        mvc.perform(get("/audit").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"changes\"")))
                .andExpect(content().string(Matchers.containsString("Changes <span>1</span>–<span>50</span>")))
                .andExpect(content().string(Matchers.containsString("page=1")));
    }

    @Test
    void filtersByEntityAsADeepLink() throws Exception {
        mvc.perform(get("/audit").param("entity", "kpi").param("entityId", "1").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<option value=\"kpi\" selected=\"selected\">KPI</option>")))
                .andExpect(content().string(Matchers.containsString("href=\"/audit?entity=kpi&amp;entityId=1\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/audit?entity=scorecard&amp;entityId"))));
    }

    @Test
    void showsProblemsOfTheFiltersNextToThem() throws Exception {
        mvc.perform(get("/audit").param("entityId", "twelve").param("from", "yesterday").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"entityId-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"from-error\"")))
                .andExpect(content().string(Matchers.containsString("No change matches these filters")));
    }

    @Test
    void showsNothingOfScorecardsTheUserMayNotRead() throws Exception {
        mvc.perform(get("/audit").param("entity", "user").with(user("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No change matches these filters")));
    }

    @Test
    void linksEveryScorecardDashboardToItsChanges() throws Exception {
        mvc.perform(get("/scorecards/1").with(user("admin")))
                .andExpect(content().string(Matchers.containsString("href=\"/audit?scorecardId=1\"")));
        mvc.perform(get("/audit").param("scorecardId", "1").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"changes\"")));
    }
}
