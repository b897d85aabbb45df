package fr.entraide.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff roles inside an organisation. Partner bodies have their own roles (see {@link Roles}). */
@Schema(name = "Role", description = "Rôle d'un agent : ADMIN (administration), INSTRUCTEUR (instruit les dossiers), "
        + "ACCUEIL (accueil, limité à ses communes), PRESIDENT (rend l'avis, lit tout).")
public enum Role {
    ADMIN,
    INSTRUCTEUR,
    ACCUEIL,
    PRESIDENT
}
