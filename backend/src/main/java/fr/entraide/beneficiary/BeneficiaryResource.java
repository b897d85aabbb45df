package fr.entraide.beneficiary;

import fr.entraide.beneficiary.dto.BeneficiaryInput;
import fr.entraide.beneficiary.dto.BeneficiarySummary;
import fr.entraide.beneficiary.dto.BeneficiaryView;
import fr.entraide.beneficiary.dto.HistoryEntry;
import fr.entraide.common.Page;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import fr.entraide.security.Roles;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/beneficiaries")
@Tag(name = "Bénéficiaires", description = "Le fichier des bénéficiaires (R123-6 CASF) : fiches, recherche, historique")
@Produces(MediaType.APPLICATION_JSON)
public class BeneficiaryResource {

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    BeneficiaryExporter exporter;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Rechercher dans le fichier", description = "q : nom(s) et prénom(s) sans tenir compte des accents, de la "
            + "casse ni des petites fautes ; ou un NIR (exact) ; ou une date de naissance (jj/mm/aaaa) ; ou un téléphone. "
            + "Filtres cumulables ; pagination stable avec total. Un agent d'accueil ne voit que ses communes.")
    @RunOnVirtualThread
    public Page<BeneficiarySummary> search(
            @QueryParam("q") @Size(max = 100, message = "100 caractères au plus.") String q,
            @QueryParam("commune") @Pattern(regexp = "^([0-9]{5}|2[AB][0-9]{3})$", message = "Code INSEE invalide.") String commune,
            @QueryParam("referent") UUID referent,
            @QueryParam("gir") @Min(value = 1, message = "Le GIR va de 1 à 6.") @Max(value = 6, message = "Le GIR va de 1 à 6.") Integer gir,
            @QueryParam("ageMin") @Min(value = 0, message = "Âge positif.") @Max(value = 130, message = "Âge invraisemblable.") Integer ageMin,
            @QueryParam("ageMax") @Min(value = 0, message = "Âge positif.") @Max(value = 130, message = "Âge invraisemblable.") Integer ageMax,
            @QueryParam("status") @DefaultValue("ACTIVE") BeneficiaryQuery.StatusFilter status,
            @Parameter(description = "true : seulement les personnes ayant une demande d'aide en cours ; false : aucune")
            @QueryParam("hasOpenRequest") Boolean hasOpenRequest,
            @Parameter(description = "RELEVANCE (par défaut pour une recherche par nom), NAME, BIRTH_DATE, CREATED, LAST_CONTACT")
            @QueryParam("sort") BeneficiaryQuery.Sort sort,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "La page commence à 0.") @Max(value = 100_000, message = "Page trop grande.") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "Au plus 100.") int size) {
        return beneficiaries.search(new BeneficiaryQuery(q, commune, referent, gir, ageMin, ageMax, status, hasOpenRequest, sort, page, size));
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Créer une fiche", description = "Vérifie l'identité, le NIR (format, clé, cohérence), le lieu de naissance "
            + "et l'adresse (codes INSEE). Un doublon probable (même NIR, ou même nom, prénoms et date de naissance) est refusé "
            + "en 409, sauf si duplicateReason explique pourquoi créer quand même.")
    @APIResponse(responseCode = "201", description = "Fiche créée (avertissements éventuels dans warnings)",
            headers = @Header(name = "ETag", description = "Version de la fiche"),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    @APIResponse(responseCode = "409", description = "Doublon probable (existingId si la fiche existante vous est visible)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") BeneficiaryInput request,
            @Context UriInfo uri) {
        BeneficiaryView created = beneficiaries.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(new jakarta.ws.rs.core.EntityTag(Integer.toString(created.version())))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Consulter une fiche", description = "Chaque consultation est inscrite au journal des accès.")
    @APIResponse(responseCode = "200", description = "La fiche", headers = @Header(name = "ETag", description = "Version de la fiche"),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    @RunOnVirtualThread
    public Response get(@PathParam("id") UUID id) {
        BeneficiaryView view = beneficiaries.get(id);
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(Integer.toString(view.version())))
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Modifier une fiche", description = "Remplace la fiche. If-Match (l'ETag lu) est obligatoire : si la fiche a "
            + "changé entre-temps, la réponse est 412 et rien n'est écrit. Chaque champ modifié entre dans l'historique.")
    @APIResponse(responseCode = "200", description = "Fiche modifiée", headers = @Header(name = "ETag", description = "Nouvelle version"),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    @APIResponse(responseCode = "412", description = "La fiche a été modifiée par quelqu'un d'autre",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match manquant",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "ETag de la version lue", required = true, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") BeneficiaryInput request) {
        BeneficiaryView view = beneficiaries.update(id, version(ifMatch), request);
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(Integer.toString(view.version()))).build();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Operation(summary = "Archiver une fiche", description = "La fiche sort de la base active ; elle reste consultable avec status=ARCHIVED.")
    @APIResponse(responseCode = "200", description = "Fiche archivée", headers = @Header(name = "ETag", description = "Nouvelle version"),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    public Response archive(@PathParam("id") UUID id) {
        BeneficiaryView view = beneficiaries.setArchived(id, true);
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(Integer.toString(view.version()))).build();
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR })
    @Operation(summary = "Réactiver une fiche archivée")
    @APIResponse(responseCode = "200", description = "Fiche réactivée", headers = @Header(name = "ETag", description = "Nouvelle version"),
            content = @Content(schema = @Schema(implementation = BeneficiaryView.class)))
    public Response restore(@PathParam("id") UUID id) {
        BeneficiaryView view = beneficiaries.setArchived(id, false);
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(Integer.toString(view.version()))).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.ACCUEIL, Roles.PRESIDENT })
    @Operation(summary = "Historique d'une fiche", description = "Chaque version : qui, quand, et chaque champ avant → après (les "
            + "valeurs chiffrées ne sont pas montrées). Du plus récent au plus ancien.")
    public List<HistoryEntry> history(@PathParam("id") UUID id) {
        return beneficiaries.history(id);
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
    @Operation(summary = "Exporter toutes les données d'une personne (JSON)", description = "Droit d'accès (RGPD, art. 15) : la fiche, "
            + "son historique et la liste des consultations. L'export est lui-même journalisé.")
    public Response export(@PathParam("id") UUID id) {
        return Response.ok(exporter.export(id)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}/export/pdf")
    @RolesAllowed({ Roles.ADMIN, Roles.INSTRUCTEUR, Roles.PRESIDENT })
    @Produces("application/pdf")
    @Operation(summary = "Exporter toutes les données d'une personne (PDF lisible)", description = "Le même contenu que l'export JSON, "
            + "mis en page pour être remis à la personne.")
    @APIResponse(responseCode = "200", description = "Le PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPdf(@PathParam("id") UUID id) {
        var export = exporter.export(id);
        return Response.ok(exporter.pdf(export), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"donnees-personnelles-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Renvoyez l'ETag de la fiche lue dans l'en-tête If-Match, pour ne pas écraser la modification d'un autre agent.");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "En-tête If-Match illisible : renvoyez l'ETag reçu.");
        }
    }
}
