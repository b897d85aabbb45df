package fr.entraide.common;

import jakarta.ws.rs.core.Response.Status;

/** The stable problem types of the API, with their HTTP status and French title. */
public enum ProblemType {
    MALFORMED_REQUEST("malformed-request", 400, "Requête mal formée"),
    INVALID_CREDENTIALS("invalid-credentials", 401, "Identifiants incorrects"),
    UNAUTHORIZED("unauthorized", 401, "Authentification requise"),
    FORBIDDEN("forbidden", 403, "Accès refusé"),
    NOT_FOUND("not-found", 404, "Ressource introuvable"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Méthode non autorisée"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Format de réponse non disponible"),
    CONFLICT("conflict", 409, "Conflit"),
    DUPLICATE("duplicate", 409, "Doublon probable"),
    PRECONDITION_FAILED("precondition-failed", 412, "La ressource a été modifiée entre-temps"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Requête trop volumineuse"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Format de contenu non pris en charge"),
    VALIDATION("validation", 422, "Données invalides"),
    PRECONDITION_REQUIRED("precondition-required", 428, "En-tête If-Match obligatoire"),
    ACCOUNT_LOCKED("account-locked", 429, "Compte temporairement verrouillé"),
    INTERNAL("internal", 500, "Erreur interne"),
    UNAVAILABLE("unavailable", 503, "Service indisponible"),
    RATE_LIMITED("rate-limited", 429, "Trop de requêtes"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422, "Clé d'idempotence déjà utilisée pour une autre requête");

    private static final String PREFIX = "urn:entraide:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_CREDENTIALS && type != ACCOUNT_LOCKED && type != DUPLICATE
                    && type != RATE_LIMITED && type != IDEMPOTENCY_KEY_REUSED) {
                return type;
            }
        }
        if (status == Status.TOO_MANY_REQUESTS.getStatusCode()) {
            return ACCOUNT_LOCKED;
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
