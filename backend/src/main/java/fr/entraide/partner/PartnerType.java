package fr.entraide.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies that exchange with a CCAS through the API; each is also the role of its tokens. */
@Schema(name = "PartnerType", description = "DEPARTEMENT (conseil départemental), CAF ou MSA.")
public enum PartnerType {
    DEPARTEMENT,
    CAF,
    MSA
}
