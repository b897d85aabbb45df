package fr.entraide.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** openapi.yaml is the contract: the committed file must be exactly what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    private JsonNode served() throws Exception {
        return yaml.readTree(given().accept("application/yaml").get("/q/openapi").asString());
    }

    @Test
    void theCommittedContractIsTheServedOne() throws Exception {
        assertThat(COMMITTED).as("openapi.yaml at the repository root (run: make openapi)").exists();
        JsonNode committed = yaml.readTree(Files.readString(COMMITTED));
        assertThat(committed)
                .as("openapi.yaml differs from the document the code serves: regenerate it with `make openapi`, never edit it by hand")
                .isEqualTo(served());
    }

    @Test
    void everyOperationHasAFrenchSummaryATagAndProblemResponses() throws Exception {
        JsonNode doc = served();
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                var op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                if (!op.getValue().hasNonNull("summary")) {
                    missing.add(name + ": summary");
                }
                if (!op.getValue().has("tags")) {
                    missing.add(name + ": tags");
                }
                boolean secured = op.getValue().has("security");
                if (secured && !op.getValue().at("/responses/403/content").has("application/problem+json")) {
                    missing.add(name + ": 403 problem+json");
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(doc.at("/components/schemas/Problem/properties").has("errors")).isTrue();
        assertThat(doc.at("/components/securitySchemes").size()).isGreaterThan(0);
    }
}
