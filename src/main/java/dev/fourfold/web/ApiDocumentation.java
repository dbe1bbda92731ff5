package dev.fourfold.web;

import dev.fourfold.shared.Actor;
import dev.fourfold.shared.PageRequest;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /api/v1/openapi}, Swagger UI at {@code /swagger-ui.html}) as a generated client
 * reads it: the arguments the application resolves itself are not parameters ({@link Actor} is the signed-in
 * user), a {@link PageRequest} is the {@code page} and {@code size} query parameters it is read from, and every
 * operation lists its problem+json answers ({@link ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TOKEN_SCHEME = "token";
    static final String BASIC_SCHEME = "basic";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class, PageRequest.class);
    }

    @Bean
    OpenAPI fourfoldApi() {
        return new OpenAPI()
                .info(new Info().title("Fourfold API").version("v1")
                        .description("""
                                Balanced Scorecard and KPI platform: strategy, KPIs, targets, values, exact and \
                                explainable evaluations. Lists are paged as {items, page, size, total}; every error is \
                                RFC 9457 problem+json; updates carry the version they were based on.

                                **Trying it out here:** create a personal API token on your \
                                [Tokens page](/account/tokens) (signed in; a `read` token is enough for GET), then \
                                press **Authorize**, paste the secret (`ff_…`) under `token` and use "Try it out". \
                                The API does not use your browser session, so it answers 401 until you authorize.""")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                // Relative, so that the document names no host and Swagger UI calls the server it came from.
                .servers(List.of(new Server().url("/").description("This Fourfold server")))
                .components(new Components()
                        .addSecuritySchemes(TOKEN_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("ff_…")
                                .description("A personal API token: create one on the Tokens page (/account/tokens) "
                                        + "or with POST /api/v1/me/tokens; its secret is shown once."))
                        .addSecuritySchemes(BASIC_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("User name and password (throttled after failed sign-ins)")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_SCHEME));
    }

    /** Lists read {@code page} and {@code size} themselves (see the web module's {@code PageResolver}). */
    @Bean
    OperationCustomizer pageParameters() {
        return (operation, handler) -> {
            boolean paged = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == PageRequest.class);
            if (paged) {
                operation.addParametersItem(query("page", "Zero-based page number", 0, null, 0));
                operation.addParametersItem(query("size", "Items per page", 1, PageRequest.MAX_SIZE,
                        PageRequest.DEFAULT_SIZE));
            }
            return operation;
        };
    }

    @Bean
    ApiSchemaNames schemaNames() {
        return new ApiSchemaNames();
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return new ApiProblems();
    }

    /**
     * Names the form of a multipart upload as a schema of its own ({@code ImportScorecardFileForm}): generators
     * refer to an inline one by that name without generating it.
     */
    @Bean
    OpenApiCustomizer namedForms() {
        return api -> api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            MediaType form = content == null ? null : content.get("multipart/form-data");
            if (form != null && form.getSchema() != null && form.getSchema().get$ref() == null) {
                String id = operation.getOperationId();
                String name = Character.toUpperCase(id.charAt(0)) + id.substring(1) + "Form";
                api.getComponents().addSchemas(name, form.getSchema());
                form.setSchema(new Schema<>().$ref("#/components/schemas/" + name));
            }
        }));
    }

    private static Parameter query(String name, String description, int minimum, Integer maximum, int fallback) {
        return new Parameter().in("query").name(name).description(description).required(false)
                .schema(ApiProblems.integer().minimum(BigDecimal.valueOf(minimum))
                        .maximum(maximum == null ? null : BigDecimal.valueOf(maximum))._default(fallback));
    }
}
