package fr.entraide.aidrequest.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The states of a request. Legal aid and facultative aid use different subsets. */
@Schema(name = "RequestStatus")
public enum RequestStatus {
    BROUILLON, DEPOSEE, INCOMPLETE, COMPLETE, AVIS_RENDU, TRANSMISE, DECIDEE, CLOSE,
    INSTRUITE, EN_COMMISSION, ACCORDEE, REFUSEE, VERSEE,
    SANS_SUITE;

    public boolean isOpen() {
        return switch (this) {
            case CLOSE, SANS_SUITE, REFUSEE, VERSEE -> false;
            default -> true;
        };
    }
}
