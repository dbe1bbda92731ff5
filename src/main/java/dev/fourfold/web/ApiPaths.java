package dev.fourfold.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether an address belongs to the API (answered with problem+json) or to the pages (answered with HTML). */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        return isApi(request.getContextPath(), request.getRequestURI());
    }

    /** True for {@code /api} and everything below it, also when the address carries {@code ;parameters}. */
    static boolean isApi(String contextPath, String uri) {
        if (uri == null) {
            return false;
        }
        String path = contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)
                ? uri.substring(contextPath.length()) : uri;
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;");
    }
}
