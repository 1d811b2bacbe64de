package org.mapbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A request's JSON object, read field by field; a wrong type or shape is a 422 that names the field and its form. */
final class ApiJsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode node;

    private ApiJsonBody(JsonNode node) {
        this.node = node;
    }

    static ApiJsonBody parse(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiProblem.badRequest("The body must be a JSON object, e.g. {\"title\": \"Security review\"}.");
            }
            return new ApiJsonBody(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiProblem.badRequest("The body is not valid JSON.");
        }
    }

    boolean has(String field) {
        return node.has(field);
    }

    Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiProblem.invalid("`" + field + "` must be a string.");
        }
        return Optional.of(value.asText());
    }

    String requiredText(String field, String example) {
        return text(field).filter(t -> !t.isBlank())
                .orElseThrow(() -> ApiProblem.invalid("`" + field + "` is required, e.g. \"" + field + "\": \"" + example + "\"."));
    }

    Optional<LocalDate> date(String field) {
        return text(field).map(t -> {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw ApiProblem.invalid("`" + field + "` must be a date as YYYY-MM-DD, e.g. \"2027-01-29\".");
            }
        });
    }

    Optional<Boolean> bool(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw ApiProblem.invalid("`" + field + "` must be true or false.");
        }
        return Optional.of(value.asBoolean());
    }

    /** A nested object, e.g. the owner; empty when absent or null. */
    Optional<ApiJsonBody> object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw ApiProblem.invalid("`" + field + "` must be an object, e.g. {\"user_id\": \"U0123ABCD\"} or {\"name\": \"Jane Doe (Legal)\"}.");
        }
        return Optional.of(new ApiJsonBody(value));
    }
}
