package fr.entraide.aidrequest.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an agent can do to a request; each action is one transition of the workflow. */
@Schema(name = "RequestAction")
public enum RequestAction {
    DEPOSER, DECLARER_INCOMPLETE, DECLARER_COMPLETE, RENDRE_AVIS, TRANSMETTRE, ENREGISTRER_DECISION, CLORE,
    INSTRUIRE, INSCRIRE_EN_COMMISSION, ACCORDER, REFUSER, VERSER,
    CLASSER_SANS_SUITE
}
