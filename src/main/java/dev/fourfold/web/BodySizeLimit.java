package dev.fourfold.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits request bodies so that no request can exhaust memory or keep the server parsing: a scorecard-file import
 * may send {@code fourfold.limits.import-body} bytes, an upload of a file of values
 * {@code fourfold.limits.values-body}, every other request {@code fourfold.limits.body}. A declared
 * {@code Content-Length} over the limit is refused with 413 before anything reads the body; a body without one
 * (chunked) is counted while it is read, and reading past the limit fails at once with {@link BodyTooLargeException},
 * answered with 413 as well. Multipart uploads are limited by {@code spring.servlet.multipart.*}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    static final String IMPORT_PATH = "/api/v1/scorecards/import";
    /** Where files of values are uploaded, over the API and from the import page. */
    static final java.util.Set<String> VALUES_PATHS = java.util.Set.of("/api/v1/imports", "/imports");

    private final BodyLimits limits;

    BodySizeLimit(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limitFor(request);
        if (request.getContentLengthLong() > max) {
            BodyTooLargeException e = new BodyTooLargeException(max, request.getContentLengthLong());
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://fourfold.dev/problems/too-large\",\"title\":\"Request too large\","
                    + "\"status\":413,\"detail\":\"" + e.getMessage() + "\"}");
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(IMPORT_PATH)) {
            return limits.importBody().toBytes();
        }
        return VALUES_PATHS.contains(path) ? limits.valuesBody().toBytes() : limits.body().toBytes();
    }

    /** The request with a body that cannot be read past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts the bytes read and fails once they pass the limit. */
    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never read more than one byte past the limit, so that an endless body costs at most the limit.
            int n = in.read(buffer, offset, (int) Math.min(length, max - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max, -1);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
