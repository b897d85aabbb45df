package fr.entraide.partner;

import fr.entraide.common.Problem;
import fr.entraide.common.ProblemResponses;
import fr.entraide.common.ProblemType;
import fr.entraide.partner.dto.OAuthTokenResponse;
import fr.entraide.security.TokenIssuer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for partner bodies. */
@Path("/oauth/token")
@Tag(name = "Partenaires", description = "API des partenaires : département, CAF, MSA")
public class OAuthTokenResource {

    @Inject
    PartnerClientService partners;

    @Inject
    TokenIssuer tokens;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Obtenir un jeton de partenaire", description = "grant_type=client_credentials, avec client_id et "
            + "client_secret dans le formulaire ou en authentification HTTP Basic. Le jeton porte le rôle du partenaire "
            + "(DEPARTEMENT, CAF ou MSA) et ne donne jamais accès aux opérations des agents.")
    @APIResponse(responseCode = "200", description = "Jeton délivré", content = @Content(schema = @Schema(implementation = OAuthTokenResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid_request ou unsupported_grant_type",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "invalid_client : identifiants inconnus, faux ou désactivés",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @HeaderParam("Authorization") String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = decodeBasic(authorization.substring(6).trim());
            if (basic == null) {
                return oauthError(ProblemType.INVALID_CREDENTIALS, "invalid_client", "En-tête Authorization Basic illisible.");
            }
            clientId = basic[0];
            clientSecret = basic[1];
        }
        if (grantType == null || grantType.isBlank()) {
            return oauthError(ProblemType.MALFORMED_REQUEST, "invalid_request", "Le paramètre grant_type est obligatoire.");
        }
        if (!"client_credentials".equals(grantType)) {
            return oauthError(ProblemType.MALFORMED_REQUEST, "unsupported_grant_type",
                    "Seul grant_type=client_credentials est accepté.");
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            return oauthError(ProblemType.MALFORMED_REQUEST, "invalid_request",
                    "client_id et client_secret sont obligatoires.");
        }
        return partners.token(clientId, clientSecret)
                .map(token -> Response.ok(new OAuthTokenResponse(token, "Bearer", tokens.partnerTokenLifetime().toSeconds()))
                        .header("Cache-Control", "no-store")
                        .header("Pragma", "no-cache")
                        .build())
                .orElseGet(() -> oauthError(ProblemType.INVALID_CREDENTIALS, "invalid_client",
                        "Identifiants de partenaire inconnus, incorrects ou désactivés."));
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Response oauthError(ProblemType type, String error, String detail) {
        Problem problem = ProblemResponses.problem(type, detail, "/api/oauth/token", null);
        Problem withError = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), problem.requestId(), null, error);
        Response.ResponseBuilder response = Response.status(type.status())
                .type(ProblemResponses.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(withError);
        if (type.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"entraide\"");
        }
        return response.build();
    }
}
