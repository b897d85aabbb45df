package fr.entraide.common;

import java.util.List;
import java.util.Map;

/**
 * A domain error the caller can act on. Services throw it; one mapper turns it into
 * application/problem+json. Never carries personal data in its detail.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detail;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;
    private java.util.UUID existingId;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(type.uri() + ": " + detail, null, false, false);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException validation(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " champs sont invalides.";
        return new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of());
    }

    /** For a duplicate: the record that already exists, when the caller may see it. */
    public ProblemException withExistingId(java.util.UUID id) {
        this.existingId = id;
        return this;
    }

    public java.util.UUID existingId() {
        return existingId;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
