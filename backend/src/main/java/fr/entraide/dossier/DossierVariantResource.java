package fr.entraide.dossier;

import fr.entraide.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/dossier-variant")
@Tag(name = "Administration : organisation")
@Produces(MediaType.APPLICATION_JSON)
public class DossierVariantResource {

    @Inject
    DossierService dossiers;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Variante départementale des dossiers APA et ASH")
    public DossierVariant get() {
        return dossiers.variant();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Définir la variante départementale", description = "Libellé imprimé sur les dossiers et champs que le "
            + "département rend obligatoires (téléphone, médecin traitant, FINESS…). Les pièces supplémentaires se règlent dans le "
            + "catalogue des aides.")
    public DossierVariant put(@Valid @NotNull(message = "Le corps de la requête est obligatoire.") DossierVariant body) {
        return dossiers.setVariant(body);
    }
}
