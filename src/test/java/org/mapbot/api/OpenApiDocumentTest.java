package org.mapbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mapbot.testkit.RunningApp;

/** The OpenAPI document is valid OpenAPI 3.1, served as built, and describes exactly the operations that exist. */
class OpenApiDocumentTest {
    @RegisterExtension
    static RunningApp app = new RunningApp();

    @Test
    void the_document_is_valid_openapi_3_1() {
        SwaggerParseResult parsed = parse();

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes()).containsKey("bearer");
    }

    @Test
    void every_served_operation_is_documented_and_every_documented_one_is_served() {
        OpenAPI document = parse().getOpenAPI();
        Set<String> documented = new TreeSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method.name().toLowerCase() + " " + path)));
        Set<String> served = new TreeSet<>();
        new ApiRoutes(null, null, null, new byte[0]).routes().forEach(route -> served.add(route.method() + " " + route.path()));

        assertThat(documented).isEqualTo(served);
        for (PathItem item : document.getPaths().values()) {
            item.readOperations().forEach(op -> assertThat(op.getResponses()).as(op.getOperationId()).containsKey("401"));
        }
    }

    @Test
    void the_document_is_served_without_a_token() {
        var served = new ApiClient(app).get(null, "/openapi.json");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(served.body()).isEqualTo(new String(ApiFeature.openApiDocument(), StandardCharsets.UTF_8));
    }

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(new String(ApiFeature.openApiDocument(), StandardCharsets.UTF_8), null, options);
    }
}
