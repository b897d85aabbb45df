package fr.entraide.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationKind", description = "CCAS (une commune) ou CIAS (les communes membres d'un EPCI).")
public enum OrganisationKind {
    CCAS,
    CIAS
}
