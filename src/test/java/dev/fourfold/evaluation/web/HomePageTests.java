package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;

/** The home page over the demo company: the unit tree with each scorecard, what needs attention, and my KPIs. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class HomePageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheUnitsInTreeOrderWithTheirScorecardsScoreStatusAndAYearOfScores() throws Exception {
        ModelAndView page = home("viewer", Locale.ENGLISH);

        List<?> units = (List<?>) page.getModel().get("units");
        assertThat(units).extracting("name").containsExactly("Northwind Group", "Northwind Manufacturing",
                "Northwind Services");
        assertThat(units).extracting("depth").containsExactly(0, 1, 1);
        HomePageController.Row group = ((HomePageController.UnitRows) units.get(0)).scorecards().get(0);
        assertThat(group.name()).isEqualTo("Group scorecard");
        assertThat(group.score()).matches("\\d+\\.\\d");
        assertThat(group.spark()).startsWith("<svg class=\"sparkline\"").contains("<polyline");
    }

    @Test
    void listsTheRedKpisWorstFirstAndTheValuesAwaitingTheOwnersApproval() throws Exception {
        ModelAndView page = home("admin", Locale.ENGLISH);

        List<?> red = (List<?>) page.getModel().get("red");
        assertThat(red).isNotEmpty().allSatisfy(r -> assertThat(((HomePageController.RedRow) r).score()).isNotBlank());
        assertThat((Integer) page.getModel().get("awaiting")).as("the demo's pending first-contact resolution").isPositive();
        assertThat((Integer) home("viewer", Locale.ENGLISH).getModel().get("awaiting")).as("a viewer approves nothing")
                .isZero();
    }

    @Test
    void writesScoresWithADecimalCommaInGerman() throws Exception {
        String html = mvc.perform(get("/").with(user("viewer")).locale(Locale.GERMAN)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Organisation", "Braucht Aufmerksamkeit").containsPattern(">\\d+,\\d</span>");
    }

    private ModelAndView home(String username, Locale locale) throws Exception {
        return mvc.perform(get("/").with(user(username)).locale(locale)).andReturn().getModelAndView();
    }
}
