package dev.fourfold.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.ChangeSource;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers declare the acting user ({@link Actor}) and the page asked for ({@link PageRequest}) as plain
 * parameters. The actor is the signed-in user (by session, API token or HTTP Basic); requests under {@code /api/}
 * are attributed to the API channel, the others to the UI.
 */
@Configuration(proxyBeanMethods = false)
class RequestArguments implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorResolver());
        resolvers.add(new PageResolver());
    }

    static final class ActorResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Actor.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
            boolean api = http != null && http.getRequestURI().startsWith(http.getContextPath() + "/api/");
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String name = auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                    ? Actor.ANONYMOUS : auth.getName();
            return Actor.user(name, api ? ChangeSource.API : ChangeSource.UI);
        }
    }

    static final class PageResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == PageRequest.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binders) {
            return new PageRequest(number(request, "page", 0), number(request, "size", PageRequest.DEFAULT_SIZE));
        }

        private static int number(NativeWebRequest request, String name, int fallback) {
            String raw = request.getParameter(name);
            if (raw == null || raw.isBlank()) {
                return fallback;
            }
            try {
                return Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, "'" + raw + "' is not a whole number");
            }
        }
    }
}
