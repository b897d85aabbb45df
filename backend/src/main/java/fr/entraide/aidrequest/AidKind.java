package fr.entraide.aidrequest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Legal aid (decided by the département or the State) or facultative aid (decided by the CCAS). */
@Schema(name = "AidKind")
public enum AidKind {
    LEGAL,
    FACULTATIVE
}
