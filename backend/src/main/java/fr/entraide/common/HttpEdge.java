package fr.entraide.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What happens to a request before and after the REST layer: a request id on every request and
 * log line, problem+json for what the router itself refuses (unknown path, body too large), and
 * the single-page app's fallback to index.html for its deep links.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);
    private static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final String INDEX = "META-INF/resources/index.html";

    /**
     * Security headers of every response; Swagger UI needs inline code and gets a looser policy.
     * blob: frames and objects are the in-browser preview of a dossier PDF the SPA fetched with the
     * agent's token (a blob URL is only ever made by this origin's own scripts).
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; frame-src blob:; object-src blob:; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    private volatile Optional<Buffer> spaIndex;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assignRequestId);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseOversizedBody);
        router.errorHandler(404, this::notFound);
        router.errorHandler(405, ctx -> routerProblem(ctx, ProblemType.METHOD_NOT_ALLOWED,
                "La méthode " + ctx.request().method() + " n'est pas autorisée sur ce chemin."));
        router.errorHandler(413, ctx -> routerProblem(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                "Le corps de la requête dépasse la taille maximale autorisée."));
        router.errorHandler(400, ctx -> routerProblem(ctx, ProblemType.MALFORMED_REQUEST,
                "La requête est mal formée."));
        router.errorHandler(500, ctx -> {
            if (ctx.failure() != null) {
                LOG.errorf(ctx.failure(), "Unhandled failure on %s %s", ctx.request().method(), ctx.request().path());
            }
            routerProblem(ctx, ProblemType.INTERNAL,
                    "Une erreur interne est survenue. Communiquez l'identifiant de requête au support.");
        });
    }

    private void assignRequestId(RoutingContext ctx) {
        String incoming = ctx.request().getHeader(REQUEST_ID_HEADER);
        String id = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        MDC.put(ProblemResponses.RequestIds.MDC_KEY, id);
        ctx.put(ProblemResponses.RequestIds.MDC_KEY, id);
        var headers = ctx.response().headers();
        headers.set(REQUEST_ID_HEADER, id);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.set("Content-Security-Policy", ctx.request().path().startsWith("/q/swagger-ui") ? SWAGGER_CSP : CSP);
        ctx.addHeadersEndHandler(ignored -> {
            // index.html names the hashed assets of one build: never let a browser keep an old one.
            String type = ctx.response().headers().get("Content-Type");
            if (type != null && type.startsWith("text/html") && !ctx.request().path().startsWith("/q/")) {
                ctx.response().headers().set("Cache-Control", "no-cache");
            }
        });
        ctx.next();
    }

    /** Answers 413 as problem+json from the declared length, before any byte of the body is read. */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize.asLongValue()) {
                    ctx.response().putHeader("Connection", "close");
                    routerProblem(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                            "Le corps de la requête dépasse la taille maximale autorisée (" + maxBodySize.asLongValue()
                                    / (1024 * 1024) + " Mo).");
                    return;
                }
            } catch (NumberFormatException e) {
                routerProblem(ctx, ProblemType.MALFORMED_REQUEST, "En-tête Content-Length invalide.");
                return;
            }
        }
        ctx.next();
    }

    private void notFound(RoutingContext ctx) {
        String path = ctx.request().path();
        boolean api = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/");
        boolean pageRequest = ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
        if (!api && pageRequest && !looksLikeAsset(path)) {
            Optional<Buffer> index = spaIndex();
            if (index.isPresent()) {
                ctx.response().setStatusCode(200)
                        .putHeader("Content-Type", "text/html; charset=UTF-8")
                        .putHeader("Cache-Control", "no-cache")
                        .end(index.get());
                return;
            }
        }
        routerProblem(ctx, ProblemType.NOT_FOUND, "Aucune ressource ne correspond à ce chemin.");
    }

    private static boolean looksLikeAsset(String path) {
        int slash = path.lastIndexOf('/');
        return path.indexOf('.', slash + 1) > 0;
    }

    private Optional<Buffer> spaIndex() {
        Optional<Buffer> index = spaIndex;
        if (index == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
                index = in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
            } catch (IOException e) {
                index = Optional.empty();
            }
            spaIndex = index;
        }
        return index;
    }

    private void routerProblem(RoutingContext ctx, ProblemType type, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        Object id = ctx.get(ProblemResponses.RequestIds.MDC_KEY);
        if (id != null) {
            MDC.put(ProblemResponses.RequestIds.MDC_KEY, id.toString());
        }
        Problem problem = ProblemResponses.problem(type, detail, ctx.request().path(), List.of());
        try {
            ctx.response().setStatusCode(type.status())
                    .putHeader("Content-Type", ProblemResponses.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (IOException e) {
            ctx.response().setStatusCode(type.status()).end();
        }
    }
}
