package dev.fourfold.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@value #MAX_BYTES} bytes with 413 before anything reads them, so that no
 * request can exhaust memory. A batch of 10,000 values is well below it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 16L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://fourfold.dev/problems/too-large\",\"title\":\"Request too large\","
                    + "\"status\":413,\"detail\":\"The request body has " + request.getContentLengthLong()
                    + " bytes; send at most " + MAX_BYTES + " bytes per request (split large imports into batches).\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
