package dev.fourfold.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the servlet container sends every error it did not see answered (a {@code sendError}, a rejected address,
 * an exception that escaped): problem+json when the original address is under {@code /api}, the HTML error page
 * otherwise. Asked for directly, {@code /error} is a page that does not exist.
 */
@Controller
class ErrorPages implements ErrorController {

    /** A request attribute with a sentence for the caller, set by whoever sent the error. */
    static final String DETAIL = ErrorPages.class.getName() + ".detail";

    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i ? i : HttpStatus.NOT_FOUND.value();
        String uri = original instanceof String s ? s : request.getRequestURI();
        response.setStatus(status);
        if (ApiPaths.isApi(request.getContextPath(), uri)) {
            writeProblem(response, status, uri, detail(request, status, uri));
            return null;
        }
        ModelAndView page = new ModelAndView(status == 403 || status == 404 ? "error/" + status : "error");
        page.addObject("status", status);
        page.setStatus(HttpStatus.valueOf(status));
        return page;
    }

    private void writeProblem(HttpServletResponse response, int status, String uri, String detail) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known, detail);
        problem.setStatus(status);
        problem.setType(URI.create("https://fourfold.dev/problems/" + status));
        problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/_.~%;=-]", "")));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private static String detail(HttpServletRequest request, int status, String uri) {
        if (request.getAttribute(DETAIL) instanceof String detail) {
            return detail;
        }
        return switch (status) {
            case 400 -> "The request is malformed: check the address, its parameters and the body.";
            case 404 -> "There is no API endpoint at this address. The API is described at /api/v1/openapi.";
            case 405 -> "This address does not accept the method " + request.getMethod() + "; see /api/v1/openapi.";
            case 413 -> "The request body is too large.";
            default -> status >= 500
                    ? "Something went wrong on the server. Nothing was saved. The error has been logged."
                    : "The request could not be handled (" + status + ").";
        };
    }
}
