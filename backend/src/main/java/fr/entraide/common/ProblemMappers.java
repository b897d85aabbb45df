package fr.entraide.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception that reaches the HTTP edge into application/problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, HttpServerRequest request) {
        Problem p = ProblemResponses.problem(e.type(), e.detail(), request.path(), e.errors());
        if (e.existingId() != null) {
            p = new Problem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.requestId(), p.errors(), null,
                    e.existingId());
        }
        return ProblemResponses.response(p, e.headers());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        ProblemException problem = ProblemException.validation(errors);
        return ProblemResponses.response(problem.type(), problem.detail(), request.path(), problem.errors(), Map.of());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "Valeur inconnue. Valeurs possibles : " + enumValues(e.getTargetType()) + "."
                : "Valeur au mauvais format.";
        return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, "Le champ « " + field + " » est mal formé.",
                request.path(), List.of(new Problem.FieldError(field, message)), Map.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return ProblemResponses.response(ProblemType.MALFORMED_REQUEST,
                    "Le corps de la requête n'a pas la forme attendue.", request.path());
        }
        return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, "Le champ « " + field + " » a un type inattendu.",
                request.path(), List.of(new Problem.FieldError(field, "Type inattendu.")), Map.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        return ProblemResponses.response(ProblemType.MALFORMED_REQUEST,
                "Le corps de la requête n'est pas un JSON valide (UTF-8).", request.path());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return ProblemResponses.response(ProblemType.UNAUTHORIZED,
                "Un jeton d'accès valide est nécessaire pour cette opération.", request.path());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return ProblemResponses.response(ProblemType.UNAUTHORIZED,
                "Le jeton d'accès est absent, invalide ou expiré.", request.path());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.response(ProblemType.FORBIDDEN,
                "Votre rôle ne permet pas cette opération.", request.path());
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentUpdate(Exception e, HttpServerRequest request) {
        return ProblemResponses.response(ProblemType.CONFLICT,
                "Un autre utilisateur a modifié cette ressource en même temps. Rechargez-la puis recommencez.",
                request.path());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid, request);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Aucune ressource ne correspond à ce chemin.";
            case 405 -> "La méthode " + request.method() + " n'est pas autorisée sur ce chemin.";
            case 406 -> "Ce chemin ne sait pas répondre dans le format demandé (en-tête Accept).";
            case 415 -> "Le format du corps de la requête (Content-Type) n'est pas pris en charge ici.";
            case 400 -> "La requête est mal formée : vérifiez les paramètres et le corps.";
            default -> status >= 500 ? "Une erreur interne est survenue." : type.title() + ".";
        };
        if (status >= 500) {
            LOG.errorf(e, "Server error %d on %s %s", status, request.method(), request.path());
        }
        Map<String, String> headers = status == 405 && e.getResponse().getHeaderString("Allow") != null
                ? Map.of("Allow", e.getResponse().getHeaderString("Allow"))
                : Map.of();
        return ProblemResponses.response(type, detail, request.path(), List.of(), headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return ProblemResponses.response(ProblemType.INTERNAL,
                "Une erreur interne est survenue. Communiquez l'identifiant de requête au support.", request.path());
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        boolean sawParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                sawParameter = true;
                parts.add(node.getName());
                continue;
            }
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                if (node.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
                }
                continue;
            }
            if (node.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + node.getIndex() + "]");
            }
            parts.add(name);
        }
        // A body parameter is named after the Java parameter; the client knows only the JSON fields.
        if (sawParameter && parts.size() > 1 && isBodyParameterName(parts.get(0))) {
            parts.remove(0);
        }
        return String.join(".", parts);
    }

    private static boolean isBodyParameterName(String name) {
        return name.equals("request") || name.equals("body") || name.endsWith("Request");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        List<String> names = new ArrayList<>();
        for (Object constant : constants) {
            names.add(((Enum<?>) constant).name());
        }
        return String.join(", ", names);
    }
}
