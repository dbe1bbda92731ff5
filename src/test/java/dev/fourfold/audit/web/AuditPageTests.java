package dev.fourfold.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.fourfold.audit.ChangeEntry;
import dev.fourfold.audit.ChangeLog;
import dev.fourfold.shared.Access;
import dev.fourfold.shared.PageRequest;
import dev.fourfold.shared.PageResponse;
import dev.fourfold.shared.Visibility;
import dev.fourfold.web.PageSlice;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail page's model: the changes of one page with links to its neighbours, the filters turned into the
 * change log's filter (limited to the scorecards the user may read), and filters it cannot read. The flow with a
 * database is in {@code dev.fourfold.audit.AuditPageTests}.
 */
@PageSlice
class AuditPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    Access access;

    @Test
    void showsTheChangesOfThePageInMinutesWithoutFiltersForAnAdministrator() throws Exception {
        when(access.readableScorecards(any())).thenReturn(Visibility.all());
        when(changeLog.find(any(), any())).thenReturn(new PageResponse<>(List.of(entry(9, 3L)), 0, 50, 1));

        mvc.perform(get("/audit").with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/audit"))
                .andExpect(model().attribute("rows", contains(new AuditPageController.Row("2026-11-14 08:30", "ana",
                        "ui", "kpi", 9, "update", "name", "Sales", "Revenue", 3L))))
                .andExpect(model().attribute("filtered", false))
                .andExpect(model().attribute("seesAll", true))
                .andExpect(model().attribute("errors", anEmptyMap()))
                .andExpect(model().attribute("total", 1L))
                .andExpect(model().attribute("first", 1L))
                .andExpect(model().attribute("last", 1L))
                .andExpect(model().attributeDoesNotExist("previousPage", "nextPage"));
    }

    @Test
    void asksTheChangeLogForTheFilteredDaysOfTheReadableScorecardsOnly() throws Exception {
        Visibility readable = Visibility.only(Set.of(3L, 4L));
        when(access.readableScorecards(any())).thenReturn(readable);
        when(changeLog.find(any(), any())).thenReturn(new PageResponse<>(List.of(), 0, 50, 0));

        mvc.perform(get("/audit").param("entity", "kpi").param("entityId", " 9 ").param("user", "ana")
                        .param("from", "2026-11-01").param("to", "2026-11-14").with(user("ana")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("filters",
                        new AuditPageController.Filters("kpi", "9", "", "ana", "2026-11-01", "2026-11-14")))
                .andExpect(model().attribute("filtered", true))
                .andExpect(model().attribute("seesAll", false))
                .andExpect(model().attribute("first", 0L));

        var filter = ArgumentCaptor.forClass(ChangeLog.Filter.class);
        verify(changeLog).find(filter.capture(), any());
        assertThat(filter.getValue()).isEqualTo(new ChangeLog.Filter("kpi", 9L, "ana",
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-15T00:00:00Z"), null, readable));
    }

    @Test
    void namesEachFilterItCannotReadAndDoesNotAskTheChangeLog() throws Exception {
        when(access.readableScorecards(any())).thenReturn(Visibility.all());

        mvc.perform(get("/audit").param("entityId", "seven").param("scorecardId", "1.5").param("from", "yesterday")
                        .with(user("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/audit"))
                .andExpect(model().attribute("errors", allOf(
                        hasEntry("entityId", "Enter a whole number, such as 12."),
                        hasEntry("scorecardId", "Enter a whole number, such as 12."),
                        hasEntry("from", "Enter a date as YYYY-MM-DD."))))
                .andExpect(model().attribute("rows", empty()))
                .andExpect(model().attribute("total", 0L));
        verify(changeLog, never()).find(any(), any());
    }

    @Test
    void linksTheNeighbouringPagesKeepingTheFilters() throws Exception {
        when(access.readableScorecards(any())).thenReturn(Visibility.all());
        var fifty = LongStream.rangeClosed(1, 50).mapToObj(id -> entry(id, null)).toList();
        when(changeLog.find(any(), any())).thenReturn(new PageResponse<>(fifty, 1, 50, 160));

        mvc.perform(get("/audit").param("entity", "unit").param("page", "1").with(user("admin")))
                .andExpect(model().attribute("first", 51L))
                .andExpect(model().attribute("last", 100L))
                .andExpect(model().attribute("previousPage", "/audit?entity=unit&page=0"))
                .andExpect(model().attribute("nextPage", "/audit?entity=unit&page=2"));
        verify(changeLog).find(any(), eq(new PageRequest(1, 50)));
    }

    @Test
    void keepsAnUnlistedKindFromADeepLinkAmongTheChoices() throws Exception {
        when(access.readableScorecards(any())).thenReturn(Visibility.all());
        when(changeLog.find(any(), any())).thenReturn(new PageResponse<>(List.of(), 0, 50, 0));

        mvc.perform(get("/audit").param("entity", "widget").with(user("admin")))
                .andExpect(model().attribute("entities", hasItem("widget")))
                .andExpect(model().attribute("entities", hasItem("kpi")));
    }

    @Test
    void speaksGermanToAGermanReaderWithDatesAsGermansWriteThem() throws Exception {
        when(access.readableScorecards(any())).thenReturn(Visibility.all());
        when(changeLog.find(any(), any())).thenReturn(new PageResponse<>(List.of(entry(9, 3L)), 0, 50, 1));

        mvc.perform(get("/audit").with(user("admin")).locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(model().attribute("rows", contains(new AuditPageController.Row("14.11.2026 08:30", "ana",
                        "ui", "kpi", 9, "update", "name", "Sales", "Revenue", 3L))))
                .andExpect(content().string(allOf(containsString("<title>Änderungsprotokoll · Fourfold</title>"),
                        containsString("Änderungen <span>1</span>–<span>1</span> von <span>1</span> · Zeiten in UTC"), containsString("Bis (einschließlich)"),
                        not(containsString("Audit trail")), not(containsString("??")))));
        mvc.perform(get("/audit").param("entityId", "nine").with(user("admin")).locale(Locale.GERMAN))
                .andExpect(model().attribute("errors", hasEntry("entityId", "Geben Sie eine ganze Zahl ein, etwa 12.")));
    }

    @Test
    void namesKindsChannelsAndActionsInTheReadersLanguageAndKeepsAnUnknownCode() throws Exception {
        when(access.readableScorecards(any())).thenReturn(Visibility.all());
        ChangeEntry retired = new ChangeEntry(4, Instant.parse("2026-11-14T08:30:59Z"), "ana", "import", "objective", 4,
                "retire", null, null, null, 3L);
        ChangeEntry unknown = new ChangeEntry(5, Instant.parse("2026-11-14T08:31:00Z"), "ana", "carrier-pigeon",
                "gadget", 5, "juggle", null, null, null, 3L);
        when(changeLog.find(any(), any())).thenReturn(new PageResponse<>(List.of(retired, unknown), 0, 50, 2));

        mvc.perform(get("/audit").with(user("admin")).locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Ziel</a>"), containsString(">Import</td>"),
                        containsString(">stillgelegt</span>"), containsString("<option value=\"lock\">Periodensperre</option>"),
                        containsString(">carrier-pigeon</td>"), containsString(">gadget</a>"), containsString(">juggle</span>"))));
        mvc.perform(get("/audit").with(user("admin")).locale(Locale.ENGLISH))
                .andExpect(content().string(allOf(containsString(">Objective</a>"), containsString(">retired</span>"))));
    }

    private static ChangeEntry entry(long entityId, Long scorecardId) {
        return new ChangeEntry(entityId, Instant.parse("2026-11-14T08:30:59Z"), "ana", "ui", "kpi", entityId, "update",
                "name", "Sales", "Revenue", scorecardId);
    }
}
