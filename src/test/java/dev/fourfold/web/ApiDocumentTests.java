package dev.fourfold.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.fourfold.support.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as a generated client and Swagger UI read it. The served document is written to
 * {@code target/openapi.json} (for {@code redocly lint}) and must equal the committed copy the client is generated
 * from, {@value #COMMITTED}; after a change of the API, refresh the copy with
 * {@code ./mvnw test -Dtest=ApiDocumentTests -Dopenapi.refresh=true}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.class)
class ApiDocumentTests {

    static final String COMMITTED = "src/test/resources/openapi/fourfold.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;

    private JsonNode document;
    private String canonical;

    @BeforeEach
    void fetch() throws Exception {
        String served = mvc.perform(get("/api/v1/openapi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // Sorted keys and fixed indentation, so that the committed copy only changes where the API does.
        canonical = JSON.writeValueAsString(JSON.readValue(served, Map.class)) + "\n";
        document = JSON.readTree(canonical);
        Path written = Path.of("target/openapi.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, canonical);
    }

    @Test
    void equalsTheCommittedCopyTheClientIsGeneratedFrom() throws IOException {
        Path committed = Path.of(COMMITTED);
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, canonical);
        }
        assertThat(Files.readString(committed))
                .as("the served OpenAPI document differs from %s; refresh it with "
                        + "./mvnw test -Dtest=ApiDocumentTests -Dopenapi.refresh=true", COMMITTED)
                .isEqualTo(canonical);
    }

    @Test
    void listsNoArgumentTheServerResolvesItselfAsAParameter() {
        assertThat(document.at("/components/schemas").has("Actor")).isFalse();
        assertThat(document.at("/components/schemas").has("PageRequest")).isFalse();
        for (Operation operation : operations()) {
            for (JsonNode parameter : operation.node().path("parameters")) {
                assertThat(parameter.toString()).as(operation.name()).doesNotContain("#/components/schemas/Actor");
                if (parameter.get("name").asString().equals("actor")) {
                    // The change log's filter by who made a change, a plain optional text
                    assertThat(operation.name()).isEqualTo("GET /api/v1/changes");
                    assertThat(parameter.path("required").asBoolean()).isFalse();
                    assertThat(parameter.at("/schema/type").asString()).isEqualTo("string");
                }
            }
        }
    }

    @Test
    void readsPagesFromIntegerQueryParameters() {
        List<String> paged = new ArrayList<>();
        for (Operation operation : operations()) {
            JsonNode page = parameter(operation, "page");
            if (page == null) {
                continue;
            }
            paged.add(operation.name());
            for (JsonNode parameter : List.of(page, parameter(operation, "size"))) {
                assertThat(parameter.get("in").asString()).as(operation.name()).isEqualTo("query");
                assertThat(parameter.path("required").asBoolean()).isFalse();
                assertThat(parameter.at("/schema/type").asString()).isEqualTo("integer");
            }
            assertThat(page.at("/schema/minimum").asInt()).isZero();
            assertThat(parameter(operation, "size").at("/schema/maximum").asInt()).isEqualTo(500);
        }
        assertThat(paged).contains("GET /api/v1/scorecards", "GET /api/v1/kpis", "GET /api/v1/actuals",
                "GET /api/v1/changes").hasSize(9);
    }

    @Test
    void givesEveryOperationASummaryAndAUniqueOperationId() {
        List<String> ids = new ArrayList<>();
        for (Operation operation : operations()) {
            assertThat(operation.node().path("summary").asString()).as(operation.name()).isNotBlank();
            String id = operation.node().path("operationId").asString();
            assertThat(id).as(operation.name()).matches("[a-z][A-Za-z]+");
            ids.add(id);
        }
        assertThat(ids).hasSizeGreaterThan(70).doesNotHaveDuplicates()
                .contains("listScorecards", "recordActualBatch", "updateActual");
    }

    @Test
    void documentsTheProblemAnswersOfEveryOperation() {
        for (Operation operation : operations()) {
            JsonNode responses = operation.node().get("responses");
            assertThat(responses.has("401")).as(operation.name()).isTrue();
            responses.properties().forEach(answer -> {
                if (answer.getKey().startsWith("4")) {
                    JsonNode resolved = resolve(answer.getValue());
                    assertThat(resolved.at("/content/application~1problem+json/schema/$ref").asString())
                            .as(operation.name() + " " + answer.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
            boolean write = !operation.name().startsWith("GET ");
            assertThat(responses.has("409")).as(operation.name()).isEqualTo(write);
            assertThat(responses.has("413")).as(operation.name()).isEqualTo(operation.node().has("requestBody"));
            assertThat(responses.has("404")).as(operation.name()).isEqualTo(operation.name().contains("{"));
        }
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors",
                "references");
    }

    @Test
    void declaresTheBearerTokenAndBasicSchemesAndNamesNoHost() {
        assertThat(document.at("/components/securitySchemes/token/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/security").toString()).contains("token", "basic");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(document.at("/info/description").asString()).contains("/account/tokens", "Authorize");
    }

    @Test
    void keepsTheValuesAndTheTargetsBatchItemsApart() {
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/ActualBatchRequest/properties/items/items/$ref").asString())
                .isEqualTo("#/components/schemas/ActualItem");
        assertThat(schemas.at("/TargetBatchRequest/properties/items/items/$ref").asString())
                .isEqualTo("#/components/schemas/TargetItem");
        assertThat(schemas.at("/ActualItem/properties").propertyNames()).contains("comment", "state")
                .doesNotContain("reason", "series");
        assertThat(schemas.at("/TargetItem/properties").propertyNames()).contains("reason", "series");
        assertThat(schemas.has("Item")).isFalse();
        assertThat(schemas.has("BatchRequest")).isFalse();
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.isEmpty() ? node : document.at(ref.substring(1));
    }

    private static JsonNode parameter(Operation operation, String name) {
        for (JsonNode parameter : operation.node().path("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter;
            }
        }
        return null;
    }

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                all.add(new Operation(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return all;
    }

    record Operation(String name, JsonNode node) {
    }
}
