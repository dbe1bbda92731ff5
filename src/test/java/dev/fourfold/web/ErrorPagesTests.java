package dev.fourfold.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Which error page the container's error forward shows: its own page for a refusal or a missing page, the general
 * one with the status otherwise, and problem+json when the original address is under {@code /api}. Every framework
 * error end to end is in {@link ErrorAnswersTests}.
 */
@PageSlice
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void showsTheForbiddenPageForARefusal() throws Exception {
        mvc.perform(forwardedError(403, "/admin/users"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(model().attribute("status", 403));
    }

    @Test
    void showsTheGeneralErrorPageWithItsStatusForAServerError() throws Exception {
        mvc.perform(forwardedError(500, "/scorecards/7"))
                .andExpect(status().isInternalServerError())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("status", 500));
    }

    @Test
    void answersAMissingPageWhenTheErrorPageIsAskedForDirectly() throws Exception {
        mvc.perform(get("/error").with(user("ana")))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void answersProblemJsonWithTheAddressForAnErrorUnderTheApi() throws Exception {
        mvc.perform(forwardedError(405, "/api/v1/units"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(405))
                .andExpect(jsonPath("$.instance").value("/api/v1/units"))
                .andExpect(jsonPath("$.type").value("https://fourfold.dev/problems/405"));
    }

    private static RequestBuilder forwardedError(int status, String originalUri) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, originalUri).with(user("ana"));
    }
}
