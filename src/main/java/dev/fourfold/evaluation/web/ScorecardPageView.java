package dev.fourfold.evaluation.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Writes the scorecard page: its layout, header and form by Thymeleaf for each request (they carry the session's
 * CSRF token), its sections as the UTF-8 bytes {@link ScorecardPages} keeps, in the place the template marks with
 * {@link #ROWS}. Handing the rows to Thymeleaf as a string had them copied and encoded again on every request, some
 * 170 KB of a 200-KPI scorecard. No text of a user can forge the mark: the template escapes every text it writes.
 */
@Component
class ScorecardPageView implements ViewResolver, Ordered {

    static final String NAME = "evaluation/scorecard";
    /** The part of the page that live updates replace: the score and the sections. */
    static final String LIVE = NAME + " :: dashboard";
    /** The model attribute holding the rows' bytes. */
    static final String ROWS_ATTRIBUTE = "rows";
    static final String ROWS = "<!--fourfold:rows-->";

    private final ThymeleafViewResolver thymeleaf;

    ScorecardPageView(ThymeleafViewResolver thymeleaf) {
        this.thymeleaf = thymeleaf;
    }

    @Override
    public @Nullable View resolveViewName(String viewName, Locale locale) throws Exception {
        if (!NAME.equals(viewName) && !LIVE.equals(viewName)) {
            return null;
        }
        View template = thymeleaf.resolveViewName(viewName, locale);
        return template == null ? null : new WithRows(template);
    }

    /** Ahead of Thymeleaf's resolver, which resolves every other page. */
    @Override
    public int getOrder() {
        return thymeleaf.getOrder() - 1;
    }

    record WithRows(View template) implements View {

        @Override
        public @Nullable String getContentType() {
            return template.getContentType();
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Captured page = new Captured(response);
            template.render(model, request, page);
            Object rows = model == null ? null : model.get(ROWS_ATTRIBUTE);
            page.writeWith(rows instanceof byte[] bytes ? bytes : new byte[0]);
        }
    }

    /** A response whose text is held until the rows are put in, so that the page goes out with its length. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringBuilder text = new StringBuilder(16_384);
        private final PrintWriter writer = new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                text.append(chars, offset, length);
            }

            @Override
            public void write(String string, int offset, int length) {
                text.append(string, offset, offset + length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("The scorecard page is written as text");
        }

        @Override
        public void flushBuffer() {
            // sent with its length once the rows are in
        }

        void writeWith(byte[] rows) throws java.io.IOException {
            writer.flush();
            int at = text.indexOf(ROWS);
            byte[] head = text.substring(0, at < 0 ? text.length() : at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = at < 0 ? new byte[0] : text.substring(at + ROWS.length()).getBytes(StandardCharsets.UTF_8);
            byte[] middle = at < 0 ? new byte[0] : rows;
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(head.length + middle.length + tail.length);
            ServletOutputStream out = response.getOutputStream();
            out.write(head);
            out.write(middle);
            out.write(tail);
        }
    }
}
