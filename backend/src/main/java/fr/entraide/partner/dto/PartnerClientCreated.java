package fr.entraide.partner.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerClientCreated", description = "Le secret n'est montré qu'une fois : transmettez-le au partenaire par un canal sûr.")
public record PartnerClientCreated(
        PartnerClientView client,
        @Schema(description = "Secret client (client_secret), affiché une seule fois") String clientSecret) {
}
