package fr.entraide.aidrequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.aidrequest.dto.PieceSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * The catalogue a new organisation starts with: the legal aids a CCAS pre-instructs (with the
 * pièces listed in DOMAIN.md §3–4) and usual facultative aids with a sensible règlement. The
 * administrator then adapts it.
 */
@ApplicationScoped
public class DefaultCatalogue {

    @Inject
    ObjectMapper mapper;

    private static final PieceSpec IDENTITE = new PieceSpec("IDENTITE", "Pièce d'identité ou titre de séjour", true);
    private static final PieceSpec AVIS_IMPOSITION = new PieceSpec("AVIS_IMPOSITION", "Dernier avis d'imposition ou de non-imposition", true);
    private static final PieceSpec TAXE_FONCIERE = new PieceSpec("TAXE_FONCIERE", "Dernier avis de taxe foncière (propriétaires)", false);
    private static final PieceSpec RIB = new PieceSpec("RIB", "Relevé d'identité bancaire", true);
    private static final PieceSpec JUGEMENT = new PieceSpec("JUGEMENT_PROTECTION", "Jugement de la mesure de protection (le cas échéant)", false);
    private static final PieceSpec RESSOURCES = new PieceSpec("JUSTIFICATIFS_RESSOURCES", "Justificatifs de toutes les ressources (pensions, rentes, loyers)", true);
    private static final PieceSpec RELEVES = new PieceSpec("RELEVES_BANCAIRES", "Relevés des comptes bancaires et d'épargne (12 mois)", true);
    private static final PieceSpec ASSURANCE_VIE = new PieceSpec("ASSURANCE_VIE", "Contrats d'assurance-vie (le cas échéant)", false);
    private static final PieceSpec ENTREE = new PieceSpec("CERTIFICAT_ENTREE", "Certificat d'entrée dans l'établissement", true);
    private static final PieceSpec LIVRET = new PieceSpec("LIVRET_FAMILLE", "Livret de famille complet", true);
    private static final PieceSpec OBLIGES = new PieceSpec("LISTE_OBLIGES", "Liste et adresses des obligés alimentaires", true);
    private static final PieceSpec CDAPH = new PieceSpec("ORIENTATION_CDAPH", "Décision d'orientation de la CDAPH", true);
    private static final PieceSpec JUSTIFICATIF_DOMICILE = new PieceSpec("JUSTIFICATIF_DOMICILE", "Justificatif de domicile", true);
    private static final PieceSpec FACTURE = new PieceSpec("FACTURE", "Facture ou échéancier concerné", true);

    @Transactional(Transactional.TxType.MANDATORY)
    public void seed(UUID organisationId) {
        if (AidType.count("organisationId", organisationId) > 0) {
            return;
        }
        legal(organisationId, "APA_DOMICILE", "Allocation personnalisée d'autonomie à domicile (cerfa 16301*01)", "APA_DOMICILE",
                List.of(IDENTITE, AVIS_IMPOSITION, TAXE_FONCIERE, RIB, JUGEMENT));
        legal(organisationId, "APA_ETABLISSEMENT", "Allocation personnalisée d'autonomie en établissement (annexe 2-3)",
                "APA_ETABLISSEMENT", List.of(IDENTITE, AVIS_IMPOSITION, TAXE_FONCIERE, RIB, JUGEMENT, ENTREE));
        legal(organisationId, "ASH_PA", "Aide sociale à l'hébergement — personnes âgées", "ASH_PA",
                List.of(IDENTITE, LIVRET, AVIS_IMPOSITION, RESSOURCES, RELEVES, ASSURANCE_VIE, TAXE_FONCIERE, ENTREE, OBLIGES, JUGEMENT));
        legal(organisationId, "ASH_PH", "Aide sociale à l'hébergement — personnes handicapées", "ASH_PH",
                List.of(IDENTITE, AVIS_IMPOSITION, RESSOURCES, RELEVES, ENTREE, CDAPH, JUGEMENT));
        legal(organisationId, "AIDE_MENAGERE", "Aide ménagère au titre de l'aide sociale départementale", "AIDE_MENAGERE",
                List.of(IDENTITE, AVIS_IMPOSITION, RESSOURCES, RIB));
        facultative(organisationId, "SECOURS_URGENCE", "Secours d'urgence", 30_000L, 12,
                new Bareme(Bareme.Basis.RESTE_A_VIVRE_JOUR, List.of(new Bareme.Bracket(500, 30_000), new Bareme.Bracket(800, 20_000),
                        new Bareme.Bracket(1_200, 10_000))),
                List.of(IDENTITE, RESSOURCES, JUSTIFICATIF_DOMICILE));
        facultative(organisationId, "AIDE_ALIMENTAIRE", "Aide alimentaire (colis, épicerie sociale)", 10_000L, 1,
                new Bareme(Bareme.Basis.RESTE_A_VIVRE_JOUR, List.of(new Bareme.Bracket(800, 10_000), new Bareme.Bracket(1_000, 5_000))),
                List.of(IDENTITE, RESSOURCES));
        facultative(organisationId, "CHEQUES_ACCOMPAGNEMENT", "Chèques d'accompagnement personnalisé", 15_000L, 6,
                new Bareme(Bareme.Basis.QUOTIENT_FAMILIAL, List.of(new Bareme.Bracket(50_000, 15_000), new Bareme.Bracket(70_000, 8_000))),
                List.of(IDENTITE, RESSOURCES));
        facultative(organisationId, "AIDE_ENERGIE", "Aide au paiement de l'énergie", 40_000L, 12,
                new Bareme(Bareme.Basis.QUOTIENT_FAMILIAL, List.of(new Bareme.Bracket(60_000, 40_000), new Bareme.Bracket(80_000, 20_000))),
                List.of(IDENTITE, RESSOURCES, FACTURE));
        facultative(organisationId, "PRET_SANS_INTERET", "Prêt sans intérêt", 100_000L, 24, null, List.of(IDENTITE, RESSOURCES, RIB));
    }

    private void legal(UUID organisationId, String code, String label, String family, List<PieceSpec> pieces) {
        AidType type = base(organisationId, code, label, AidKind.LEGAL, pieces);
        type.legalFamily = family;
        type.persist();
    }

    private void facultative(UUID organisationId, String code, String label, Long ceiling, Integer frequencyMonths, Bareme bareme,
            List<PieceSpec> pieces) {
        AidType type = base(organisationId, code, label, AidKind.FACULTATIVE, pieces);
        type.ceilingCents = ceiling;
        type.frequencyMonths = frequencyMonths;
        type.scale = bareme == null ? null : json(bareme);
        type.persist();
    }

    private AidType base(UUID organisationId, String code, String label, AidKind kind, List<PieceSpec> pieces) {
        AidType type = new AidType();
        type.id = UUID.randomUUID();
        type.organisationId = organisationId;
        type.code = code;
        type.label = label;
        type.kind = kind;
        type.pieces = json(pieces);
        return type;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
