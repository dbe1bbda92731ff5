package dev.fourfold.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Addresses the security firewall refuses ({@code //}, {@code ;}, {@code %2e}, an encoded slash, ...) get a 400
 * through the error page: problem+json under {@code /api}, the HTML error page elsewhere, one line in the log.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        log.info("Refused the address of {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        request.setAttribute(ErrorPages.DETAIL, "The address is not allowed: use plain paths without '//', ';', "
                + "'.' or '..' segments and encoded slashes.");
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
