package fr.entraide.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;

/** Builds application/problem+json responses. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        String oauthError = null;
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, RequestIds.current(),
                errors == null || errors.isEmpty() ? null : errors, oauthError);
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, List.of(), Map.of());
    }

    public static Response response(ProblemType type, String detail, String instance, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        return response(problem(type, detail, instance, errors), headers);
    }

    public static Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(problem);
        headers.forEach(builder::header);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        return builder.build();
    }

    /** The request id MDC key, set for every request by {@link HttpEdge}. */
    public static final class RequestIds {
        public static final String MDC_KEY = "requestId";

        private RequestIds() {
        }

        public static String current() {
            Object value = MDC.get(MDC_KEY);
            return value == null ? null : value.toString();
        }
    }
}
