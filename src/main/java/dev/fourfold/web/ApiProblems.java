package dev.fourfold.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds the answers every API operation can give besides its success to the OpenAPI document, in one place rather
 * than on each controller method: RFC 9457 problems ({@code application/problem+json}, as {@link ApiErrors} and the
 * security layer's {@code ProblemResponses} write them), by what the operation takes: 400 for parameters or a body,
 * 401 always, 403 for writes, 404 for a resource named in the path, 409 for writes, 413 for a body, and 429 (HTTP
 * Basic sign-ins are throttled). It also names the JSON answers {@code application/json}, which is what they are.
 */
final class ApiProblems implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";
    private static final String RESPONSES = "#/components/responses/";

    /** The answers, in the order of their status, with the reason each can happen. */
    private static final Map<String, Answer> ANSWERS = answers();

    private record Answer(String name, String description) {
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents();
        components.addSchemas("Problem", problemSchema());
        components.addSchemas("FieldProblem", fieldProblemSchema());
        ANSWERS.forEach((status, answer) -> components.addResponses(answer.name(), response(status, answer)));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            namePlainJson(operation);
            addProblems(method, operation);
        }));
    }

    private static void addProblems(PathItem.HttpMethod method, Operation operation) {
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean body = operation.getRequestBody() != null;
        boolean pathParameter = parameters
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        ApiResponses responses = operation.getResponses();
        for (Map.Entry<String, Answer> entry : ANSWERS.entrySet()) {
            boolean applies = switch (entry.getKey()) {
                case "400" -> parameters || body;
                case "403", "409" -> write;
                case "404" -> pathParameter;
                case "413" -> body;
                default -> true;
            };
            if (applies && !responses.containsKey(entry.getKey())) {
                responses.addApiResponse(entry.getKey(), new ApiResponse().$ref(RESPONSES + entry.getValue().name()));
            }
        }
    }

    /** Spring answers a handler's return value as JSON; springdoc writes it as any type ({@code *}/{@code *}). */
    private static void namePlainJson(Operation operation) {
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.size() == 1 && content.containsKey("*/*")) {
                MediaType json = content.remove("*/*");
                content.addMediaType("application/json", json);
            }
        });
    }

    private static Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("400", new Answer("BadRequest", "Invalid input: a parameter or the body is wrong; every problem is "
                + "listed under errors with its field (a hidden resource named in a body answers like a missing one)"));
        answers.put("401", new Answer("Unauthorized", "No valid credentials: send an API token as "
                + "'Authorization: Bearer …' or use HTTP Basic"));
        answers.put("403", new Answer("Forbidden", "The caller may read but not change this, or a read token tried "
                + "to write"));
        answers.put("404", new Answer("NotFound", "There is no such resource, or the caller may not read it (both "
                + "answer alike)"));
        answers.put("409", new Answer("Conflict", "Nothing was saved: the resource changed since the version sent "
                + "(type …/stale-version), a period is locked (…/locked), it is still referenced (…/referenced, "
                + "listed under references), it already exists (…/duplicate) or is in use (…/in-use), or another "
                + "change is in progress (…/busy)"));
        answers.put("413", new Answer("ContentTooLarge", "The request body is larger than the server's limit"));
        answers.put("429", new Answer("TooManyRequests", "Too many failed sign-ins with this account's password: "
                + "wait Retry-After seconds, or use an API token, which is never held up"));
        return answers;
    }

    private static ApiResponse response(String status, Answer answer) {
        ApiResponse response = new ApiResponse().description(answer.description())
                .content(new Content().addMediaType(PROBLEM, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/Problem"))));
        if (status.equals("429")) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before the next "
                    + "sign-in attempt").schema(integer()));
        }
        return response;
    }

    private static Schema<?> problemSchema() {
        return typed("object")
                .description("An RFC 9457 problem (application/problem+json)")
                .addProperty("type", typed("string").format("uri")
                        .description("What kind of problem: https://fourfold.dev/problems/ followed by e.g. "
                                + "invalid-input, unreadable, not-found, forbidden, unauthenticated, stale-version, "
                                + "locked, referenced, duplicate, busy, too-large, sign-in-throttled"))
                .addProperty("title", typed("string").description("A short summary of the kind of problem"))
                .addProperty("status", integer().description("The HTTP status code"))
                .addProperty("detail", typed("string").description("What went wrong, for a person to act on"))
                .addProperty("instance", typed("string").format("uri-reference")
                        .description("The address the request was sent to"))
                .addProperty("errors", typed("array").items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                        .description("Each problem of the input, naming its field (e.g. items[3].period)"))
                .addProperty("references", typed("array").items(typed("string"))
                        .description("What still references a resource that cannot be deleted"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblemSchema() {
        return typed("object")
                .description("One problem of the input")
                .addProperty("field", typed("string").description("The field, e.g. items[3].period or bands.green"))
                .addProperty("message", typed("string").description("What was wrong and what was expected"))
                .required(List.of("field", "message"));
    }

    static Schema<Object> integer() {
        return typed("integer").format("int32");
    }

    /** A schema of one type, written as OpenAPI 3.1 writes types. */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.specVersion(SpecVersion.V31);
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
