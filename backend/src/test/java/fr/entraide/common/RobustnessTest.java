package fr.entraide.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.entraide.partner.PartnerType;
import fr.entraide.security.Role;
import fr.entraide.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the served OpenAPI document and feeds it malformed input, with and
 * without a valid token: every answer must be a 4xx problem+json, never a 5xx or a stack trace.
 * New endpoints are covered without editing this test.
 */
@QuarkusTest
class RobustnessTest {

    private static final String LONG = "é".repeat(10_000);
    private static final List<String> NASTY = List.of("'; drop table agent; --", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "../../etc/passwd", "\u0000", LONG);

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper mapper;

    private record Operation(String method, String path, JsonNode spec) {
    }

    private record Attempt(String description, int status, String contentType, String body) {
    }

    private List<Operation> operations(JsonNode doc) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                var op = ops.next();
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }
        return operations;
    }

    @Test
    void everyOperationAnswersMalformedInputWithA4xxProblem() throws Exception {
        JsonNode doc = mapper.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        var org = fixtures.cias();
        var other = fixtures.cias();
        var foreignAgent = fixtures.agent(other, Role.INSTRUCTEUR);
        var foreignPartner = fixtures.partner(other, PartnerType.CAF);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("sans jeton", null);
        tokens.put("jeton invalide", "abc.def.ghi");
        tokens.put("admin", fixtures.token(fixtures.agent(org, Role.ADMIN)));
        tokens.put("accueil", fixtures.token(fixtures.agent(org, Role.ACCUEIL, "38005")));
        tokens.put("partenaire", fixtures.token(fixtures.partner(org, PartnerType.DEPARTEMENT)));
        List<String> ids = List.of(UUID.randomUUID().toString(), foreignAgent.id().toString(),
                foreignPartner.id().toString(), "pas-un-identifiant", "%27%3B%20drop%20table%20agent", "99999");

        List<Attempt> failures = new ArrayList<>();
        int attempts = 0;
        for (Operation op : operations(doc)) {
            for (var token : tokens.entrySet()) {
                for (String id : ids) {
                    String path = op.path().replaceAll("\\{[^}]+}", id);
                    for (var body : bodies(doc, op).entrySet()) {
                        RequestSpecification request = given().urlEncodingEnabled(false);
                        if (token.getValue() != null) {
                            request.header("Authorization", "Bearer " + token.getValue());
                        }
                        for (JsonNode parameter : op.spec().path("parameters")) {
                            if ("query".equals(parameter.path("in").asText())) {
                                request.queryParam(parameter.get("name").asText(), "%27%3Cx%3E" + "a".repeat(300));
                            }
                        }
                        if (body.getValue() != null) {
                            if (body.getKey().startsWith("form")) {
                                request.contentType("application/x-www-form-urlencoded")
                                        .body(new String(body.getValue(), StandardCharsets.UTF_8));
                            } else {
                                request.contentType("application/json").body(body.getValue());
                            }
                        }
                        Response response = request.request(op.method(), path);
                        attempts++;
                        String description = op.method() + " " + path.substring(0, Math.min(path.length(), 120)) + " ["
                                + token.getKey() + ", " + body.getKey() + "]";
                        String text = response.asString();
                        boolean malformedInput = body.getValue() != null || !op.path().equals(path)
                                || op.spec().has("parameters");
                        boolean ok = response.statusCode() < 500
                                && (response.statusCode() < 400 || response.contentType().startsWith("application/problem+json"))
                                && !text.contains("Exception") && !text.contains("\tat ")
                                && (!malformedInput || response.statusCode() >= 400 || isLenient(op));
                        if (!ok) {
                            failures.add(new Attempt(description, response.statusCode(), response.contentType(),
                                    text.substring(0, Math.min(text.length(), 300))));
                        }
                    }
                }
                if (!op.path().contains("{")) {
                    break;
                }
            }
        }
        assertThat(attempts).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    /** Operations that accept anything by design: logout without a session, a list with unknown filters. */
    private static boolean isLenient(Operation op) {
        return op.path().equals("/api/auth/logout") || op.method().equals("GET") && !op.path().contains("{");
    }

    /** Malformed bodies for an operation: broken syntax, wrong types, unknown enums, oversized and invalid UTF-8. */
    private Map<String, byte[]> bodies(JsonNode doc, Operation op) throws Exception {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.has("application/x-www-form-urlencoded")) {
            bodies.put("form sans grant_type", "client_id=%00&client_secret=".getBytes(StandardCharsets.UTF_8));
            bodies.put("form injection", ("grant_type=client_credentials&client_id=%27%3B+drop+table+agent&client_secret="
                    + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8));
            return bodies;
        }
        if (!content.has("application/json")) {
            bodies.put("sans corps", null);
            return bodies;
        }
        bodies.put("JSON cassé", "{\"a\": ".getBytes(StandardCharsets.UTF_8));
        bodies.put("tableau", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("objet vide", "{}".getBytes(StandardCharsets.UTF_8));
        bodies.put("UTF-8 invalide", new byte[] { '{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' });
        JsonNode schema = resolve(doc, content.path("application/json").path("schema"));
        JsonNode properties = schema.path("properties");
        int index = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            var property = it.next();
            JsonNode propertySchema = resolve(doc, property.getValue());
            ObjectNode wrongType = mapper.createObjectNode();
            wrongType.set(property.getKey(), wrongValue(doc, propertySchema));
            bodies.put("type faux: " + property.getKey(), mapper.writeValueAsBytes(wrongType));
            ObjectNode nasty = mapper.createObjectNode();
            nasty.put(property.getKey(), NASTY.get(index++ % NASTY.size()));
            bodies.put("valeur hostile: " + property.getKey(), mapper.writeValueAsBytes(nasty));
        }
        return bodies;
    }

    private JsonNode wrongValue(JsonNode doc, JsonNode schema) {
        String type = schema.path("type").asText("");
        if (schema.has("enum")) {
            return mapper.getNodeFactory().textNode("VALEUR_INCONNUE");
        }
        return switch (type) {
            case "string" -> mapper.getNodeFactory().objectNode().put("inattendu", true);
            case "integer", "number" -> mapper.getNodeFactory().textNode("douze");
            case "boolean" -> mapper.getNodeFactory().textNode("peut-être");
            case "array" -> {
                JsonNode items = resolve(doc, schema.path("items"));
                var array = mapper.getNodeFactory().arrayNode();
                array.add(items.has("enum") ? mapper.getNodeFactory().textNode("VALEUR_INCONNUE")
                        : mapper.getNodeFactory().objectNode());
                yield array;
            }
            default -> mapper.getNodeFactory().numberNode(42);
        };
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 5 && current.has("$ref"); depth++) {
            current = doc.at(current.get("$ref").asText().substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(doc, current.get("allOf").get(0));
        }
        return current;
    }
}
