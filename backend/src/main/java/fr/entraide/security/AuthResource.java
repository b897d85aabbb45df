package fr.entraide.security;

import fr.entraide.common.Problem;
import fr.entraide.common.ProblemResponses;
import fr.entraide.organisation.OrganisationDirectory;
import fr.entraide.security.dto.LoginRequest;
import fr.entraide.security.dto.TokenResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Tag(name = "Authentification", description = "Connexion des agents, renouvellement et fin de session")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public static final String REFRESH_COOKIE = "entraide_refresh";
    private static final String COOKIE_PATH = "/api/auth";

    @Inject
    AuthService auth;

    @Inject
    OrganisationDirectory directory;

    @Inject
    TokenIssuer tokens;

    @ConfigProperty(name = "entraide.auth.cookie-secure")
    boolean secureCookie;

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Se connecter (agent)", description = "Vérifie l'adresse et le mot de passe, renvoie un jeton d'accès "
            + "de courte durée et pose le jeton de renouvellement dans un cookie httpOnly. Cinq échecs verrouillent "
            + "l'adresse pendant quinze minutes.")
    @APIResponse(responseCode = "200", description = "Connecté", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Adresse ou mot de passe incorrect (même réponse dans les deux cas)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Compte verrouillé après trop d'échecs (en-tête Retry-After)",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response login(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") LoginRequest request) {
        return issue(auth.login(request.email(), request.password()));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(summary = "Renouveler le jeton d'accès", description = "Échange le cookie de renouvellement contre un nouveau "
            + "jeton d'accès et un nouveau cookie. Un cookie déjà utilisé ferme toute la session.")
    @APIResponse(responseCode = "200", description = "Jetons renouvelés", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Session absente, expirée ou révoquée",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refresh(@CookieParam(REFRESH_COOKIE) String refreshToken) {
        return issue(auth.refresh(refreshToken));
    }

    @POST
    @Path("/logout")
    @PermitAll
    @Operation(summary = "Se déconnecter", description = "Révoque la session du cookie de renouvellement et efface le cookie.")
    @APIResponse(responseCode = "204", description = "Déconnecté")
    public Response logout(@CookieParam(REFRESH_COOKIE) String refreshToken) {
        auth.logout(refreshToken);
        return Response.noContent().cookie(cookie("", Duration.ZERO)).build();
    }

    private Response issue(AuthService.Session session) {
        var scope = CallerScope.scopeOf(session.agent());
        var body = new TokenResponse(session.accessToken(), "Bearer", tokens.staffTokenLifetime().toSeconds(),
                directory.me(session.agent(), scope));
        return Response.ok(body)
                .header("Cache-Control", "no-store")
                .cookie(cookie(session.refreshToken(), session.refreshLifetime()))
                .build();
    }

    private NewCookie cookie(String value, Duration lifetime) {
        return new NewCookie.Builder(REFRESH_COOKIE)
                .value(value)
                .path(COOKIE_PATH)
                .httpOnly(true)
                .secure(secureCookie)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) lifetime.toSeconds())
                .build();
    }
}
