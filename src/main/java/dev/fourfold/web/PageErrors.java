package dev.fourfold.web;

import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The first look at every exception a request raises. A client that went away is not an error (logged at debug
 * only). Outside {@code /api} an exception the controller does not handle itself becomes its HTTP status and is
 * sent to the error page ({@link ErrorPages}); under {@code /api} {@link ApiErrors} writes the problem+json answer.
 * Expected client errors log nothing here; only a server error logs its stack trace.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final Map<Class<?>, ExceptionHandlerMethodResolver> controllers = new ConcurrentHashMap<>();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return new ModelAndView();
        }
        if (ApiPaths.isApi(request) || e instanceof AccessDeniedException || e instanceof AuthenticationException
                || handledByController(handler, e)) {
            return null;
        }
        int status = status(e);
        if (status >= 500) {
            log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        try {
            if (e instanceof ErrorResponse answer) {
                answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            }
            response.sendError(status);
        } catch (IOException | IllegalStateException sendFailed) {
            log.debug("Could not send error {} for {}: {}", status, request.getRequestURI(), sendFailed.toString());
        }
        return new ModelAndView();
    }

    private boolean handledByController(Object handler, Exception e) {
        return handler instanceof HandlerMethod method
                && controllers.computeIfAbsent(method.getBeanType(), ExceptionHandlerMethodResolver::new).resolveMethod(e) != null;
    }

    static int status(Exception e) {
        if (e instanceof ErrorResponse answer) {
            return answer.getStatusCode().value();
        }
        if (e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException || e instanceof InvalidInputException) {
            return 400;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof ConflictException) {
            return 409;
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        return declared != null ? declared.code().value() : 500;
    }
}
