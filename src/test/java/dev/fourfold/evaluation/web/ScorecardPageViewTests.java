package dev.fourfold.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;

/** The scorecard page as its template writes it, with the kept rows in the marked place. */
class ScorecardPageViewTests {

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void putsTheKeptRowsWhereTheTemplateMarksThemAndSendsThePagesLength() throws Exception {
        byte[] rows = "<tr data-kpi=\"Ü\"><td>▲ 1.2</td></tr>".getBytes(StandardCharsets.UTF_8);

        render(template("<title>Zürich</title><main>" + ScorecardPageView.ROWS + "</main>"), rows);

        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).isEqualTo("<title>Zürich</title><main><tr data-kpi=\"Ü\"><td>▲ 1.2</td></tr></main>");
        assertThat(response.getContentLength()).isEqualTo(page.getBytes(StandardCharsets.UTF_8).length);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void commitsNothingBeforeTheRowsAreIn() throws Exception {
        View flushing = template("<p>" + ScorecardPageView.ROWS + "</p>", true);

        new ScorecardPageView.WithRows((model, request, answer) -> {
            flushing.render(model, request, answer);
            assertThat(response.isCommitted()).isFalse();
            assertThat(response.getContentAsByteArray()).isEmpty();
        }).render(Map.of(ScorecardPageView.ROWS_ATTRIBUTE, new byte[] {'x'}), new MockHttpServletRequest(), response);

        assertThat(response.getContentAsString()).isEqualTo("<p>x</p>");
    }

    @Test
    void sendsNothingOfAPageWhoseTemplateFailed() {
        View failing = (model, request, answer) -> {
            answer.getWriter().write("<html>half");
            throw new IllegalStateException("broken template");
        };

        assertThatThrownBy(() -> render(failing, new byte[0])).hasMessage("broken template");
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    private void render(View template, byte[] rows) throws Exception {
        new ScorecardPageView.WithRows(template)
                .render(Map.of(ScorecardPageView.ROWS_ATTRIBUTE, rows), new MockHttpServletRequest(), response);
    }

    private static View template(String html) {
        return template(html, false);
    }

    /** A template that writes its HTML as Thymeleaf does: content type first, then text through the writer. */
    private static View template(String html, boolean flush) {
        return (Map<String, ?> model, HttpServletRequest request, HttpServletResponse answer) -> {
            answer.setContentType("text/html;charset=UTF-8");
            answer.getWriter().write(html);
            answer.getWriter().flush();
            if (flush) {
                answer.flushBuffer();
            }
        };
    }
}
