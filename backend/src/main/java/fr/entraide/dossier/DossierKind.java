package fr.entraide.dossier;

import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dossiers a CCAS sends the département, each following its form (DOMAIN.md §3, §4). */
@Schema(name = "DossierKind", description = "APA_DOMICILE (cerfa 16301*01), APA_ETABLISSEMENT (CASF annexe 2-3), ASH_PA et ASH_PH "
        + "(dossier d'aide sociale à l'hébergement, personnes âgées ou handicapées)")
public enum DossierKind {
    APA_DOMICILE("cerfa n° 16301*01", "Demande d'aides à l'autonomie à domicile pour les personnes âgées"),
    APA_ETABLISSEMENT("CASF annexe 2-3", "Dossier de demande d'allocation personnalisée d'autonomie en établissement"),
    ASH_PA("Dossier d'aide sociale", "Demande d'aide sociale à l'hébergement — personne âgée"),
    ASH_PH("Dossier d'aide sociale", "Demande d'aide sociale à l'hébergement — personne handicapée");

    private final String form;
    private final String title;

    DossierKind(String form, String title) {
        this.form = form;
        this.title = title;
    }

    public String form() {
        return form;
    }

    public String title() {
        return title;
    }

    public boolean isApa() {
        return this == APA_DOMICILE || this == APA_ETABLISSEMENT;
    }

    public boolean isAsh() {
        return this == ASH_PA || this == ASH_PH;
    }

    /** The dossier of an aid of the catalogue, by its legal family; none for other aids. */
    public static Optional<DossierKind> ofLegalFamily(String family) {
        if (family == null) {
            return Optional.empty();
        }
        for (DossierKind kind : values()) {
            if (kind.name().equals(family)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
