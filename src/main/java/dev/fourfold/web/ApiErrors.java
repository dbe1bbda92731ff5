package dev.fourfold.web;

import dev.fourfold.shared.ConflictException;
import dev.fourfold.shared.FieldProblem;
import dev.fourfold.shared.ForbiddenException;
import dev.fourfold.shared.InvalidInputException;
import dev.fourfold.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API request into an RFC 9457 problem+json answer a person can act on. Field-level
 * problems are listed under {@code errors} as {@code {field, message}}; nothing internal (stack traces, SQL) leaks.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final String TYPE_BASE = "https://fourfold.dev/problems/";

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException e) {
        return answer(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return answer(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return answer(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage(), List.of()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        ProblemDetail body = problem(HttpStatus.CONFLICT, e.kind(), "Conflict", e.getMessage(), List.of());
        if (!e.references().isEmpty()) {
            body.setProperty("references", e.references());
        }
        return answer(body);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        return answer(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large", e.getMessage(), List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another value" : JsonErrors.describe(e.getRequiredType());
        String message = "'" + e.getValue() + "' is not valid: expected " + expected;
        return answer(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getName() + ": " + message,
                List.of(new FieldProblem(e.getName(), message))));
    }

    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class})
    ResponseEntity<Object> busy(RuntimeException e) {
        log.warn("Write conflict: {}", e.getMessage());
        return answer(problem(HttpStatus.CONFLICT, "busy", "Conflict",
                "Another change to the same data is in progress. Nothing was saved; please try again.", List.of()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return answer(problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change clashes with data saved at the same time (a duplicate or a removed reference). Nothing was saved; reload and try again.",
                List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on the server. Nothing was saved. The error has been logged.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.among(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        FieldProblem p = JsonErrors.explain(e);
        String detail = p.field() == null || p.field().isEmpty() ? p.message() : p.field() + ": " + p.message();
        List<FieldProblem> errors = p.field() == null || p.field().isEmpty() ? List.of() : List.of(p);
        return answer(problem(HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request body", detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ApiErrors::fieldProblem).toList();
        List<FieldProblem> all = errors.isEmpty()
                ? e.getBindingResult().getGlobalErrors().stream().map(g -> new FieldProblem("", g.getDefaultMessage())).toList()
                : errors;
        return answer(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", new InvalidInputException(all).getMessage(), all));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return answer(problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", new InvalidInputException(errors).getMessage(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own problems (405, 415, missing parameter, ...) keep their status and text, with our type URIs.
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        // The type is null in Framework 7 when it is the default ("about:blank").
        if (response != null && response.getBody() instanceof ProblemDetail pd
                && (pd.getType() == null || pd.getType().toString().equals("about:blank"))) {
            pd.setType(URI.create(TYPE_BASE + status.value()));
            if (e instanceof NoResourceFoundException) {
                // Spring words it as a missing static file; to an API caller it is an address with no endpoint
                pd.setDetail("There is no API endpoint at this address. The API is described at /api/v1/openapi.");
            }
        }
        return response;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_BASE + type));
        pd.setTitle(title);
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        }
        return pd;
    }

    private static ResponseEntity<Object> answer(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
