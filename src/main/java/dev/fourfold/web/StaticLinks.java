package dev.fourfold.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int MAX_LINKS = 256;

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
        private final Map<String, String> resolved = new ConcurrentHashMap<>();

        StaticLinkFilter(ResourceUrlProvider resources) {
            this.resources = resources;
        }

        /**
         * A static link as the resource chain resolves it, looked up once: the files in the jar do not change while
         * it runs, and the lookup was a few per cent of a page's time. Links come from the templates, so the map
         * stays small; it is bounded all the same.
         */
        String resolve(HttpServletRequest request, String url) {
            String known = resolved.get(url);
            if (known != null) {
                return known;
            }
            String found = resources.getForRequestUrl(request, url);
            String link = found == null ? url : found;
            if (resolved.size() < MAX_LINKS) {
                resolved.put(url, link);
            }
            return link;
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             FilterChain chain) throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                chain.doFilter(request, new StaticLinkResponse(http, answer, this));
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    private static final class StaticLinkResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final StaticLinkFilter links;

        StaticLinkResponse(HttpServletRequest request, HttpServletResponse response, StaticLinkFilter links) {
            super(response);
            this.request = request;
            this.links = links;
        }

        @Override
        public String encodeURL(String url) {
            if (isStatic(request.getContextPath(), url)) {
                return super.encodeURL(links.resolve(request, url));
            }
            return super.encodeURL(url);
        }
    }
}
