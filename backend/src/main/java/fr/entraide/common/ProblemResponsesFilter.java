package fr.entraide.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation can give, so that each resource declares
 * only its own success and business errors and the contract stays complete as the API grows.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            String path = entry.getKey();
            entry.getValue().getOperations().values().forEach(operation -> document(path, operation));
        }
    }

    private void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (hasBody || hasParameters) {
            add(responses, "400", "Requête mal formée (JSON invalide, type inattendu, valeur d'énumération inconnue).");
        }
        if (secured) {
            add(responses, "401", "Jeton d'accès absent, invalide ou expiré.");
            add(responses, "403", "Le rôle de l'appelant ne permet pas cette opération.");
        }
        if (path.contains("{")) {
            add(responses, "404", "Ressource introuvable ou hors du périmètre de l'appelant.");
        }
        if (hasBody) {
            add(responses, "413", "Corps de requête trop volumineux.");
            add(responses, "415", "Content-Type non pris en charge.");
            add(responses, "422", "Données invalides : chaque champ en erreur est listé dans errors[].");
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        // Keep what a resource documented itself; replace the bare 401/403 added by SmallRye.
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }

}
