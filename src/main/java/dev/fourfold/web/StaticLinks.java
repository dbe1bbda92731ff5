package dev.fourfold.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Resolves the links of pages to static files through Spring's resource chain (so that WebJar links carry their
 * version), and only those. Spring's own {@link ResourceUrlEncodingFilter}, which Boot registers because WebJars are
 * on the class path, sends every link of a page through the resource lookup: static files are served under
 * {@code /**}, so a link to a scorecard or a KPI is searched for in the jar, and the resource cache remembers only
 * what it found, never a miss. A scorecard page has a link per KPI, and under load the request threads queued on the
 * jar's lock. Registering this filter under Spring's type makes Boot leave its own out.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinks {

    /** Where the static files are served: WebJars and the top-level entries of {@code classpath:/static/}. */
    static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/favicon.");

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter(ResourceUrlProvider mvcResourceUrlProvider) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new StaticLinkFilter(mvcResourceUrlProvider));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Whether a link, as written in a template (with the context path), points at a static file. */
    static boolean isStatic(String contextPath, String url) {
        if (!url.startsWith(contextPath)) {
            return false;
        }
        for (String prefix : PREFIXES) {
            if (url.startsWith(prefix, contextPath.length())) {
                return true;
            }
        }
        return false;
    }

    /** A {@link ResourceUrlEncodingFilter} by type, with a response that resolves static links only. */
    static final class StaticLinkFilter extends ResourceUrlEncodingFilter {

        private final ResourceUrlProvider resources;

        StaticLinkFilter(ResourceUrlProvider resources) {
            this.resources = resources;
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             FilterChain chain) throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                chain.doFilter(request, new StaticLinkResponse(http, answer, resources));
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    private static final class StaticLinkResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ResourceUrlProvider resources;

        StaticLinkResponse(HttpServletRequest request, HttpServletResponse response, ResourceUrlProvider resources) {
            super(response);
            this.request = request;
            this.resources = resources;
        }

        @Override
        public String encodeURL(String url) {
            if (isStatic(request.getContextPath(), url)) {
                String resolved = resources.getForRequestUrl(request, url);
                return super.encodeURL(resolved == null ? url : resolved);
            }
            return super.encodeURL(url);
        }
    }
}
