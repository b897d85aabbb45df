package fr.entraide.beneficiary;

import java.util.Locale;
import java.util.Map;

/** French labels of the closed lists, for documents (PDF exports, dossiers). */
public final class Labels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("CELIBATAIRE", "Célibataire"), Map.entry("MARIE", "Marié(e)"), Map.entry("PACSE", "Pacsé(e)"),
            Map.entry("CONCUBIN", "En concubinage"), Map.entry("DIVORCE", "Divorcé(e)"), Map.entry("SEPARE", "Séparé(e)"),
            Map.entry("VEUF", "Veuf, veuve"),
            Map.entry("PROPRIETAIRE", "Propriétaire"), Map.entry("LOCATAIRE_SOCIAL", "Locataire (logement social)"),
            Map.entry("LOCATAIRE_PRIVE", "Locataire (parc privé)"), Map.entry("HEBERGE_TIERS", "Hébergé(e) par un tiers"),
            Map.entry("HEBERGE_FAMILLE", "Hébergé(e) par la famille"), Map.entry("EHPAD", "EHPAD"),
            Map.entry("USLD", "Unité de soins de longue durée"), Map.entry("RESIDENCE_AUTONOMIE", "Résidence autonomie"),
            Map.entry("FOYER", "Foyer"), Map.entry("ACCUEIL_FAMILIAL", "Accueil familial"),
            Map.entry("SANS_DOMICILE", "Sans domicile stable"), Map.entry("AUTRE", "Autre"),
            Map.entry("CONJOINT", "Conjoint(e)"), Map.entry("ENFANT", "Enfant"), Map.entry("PARENT", "Parent"),
            Map.entry("FRERE_SOEUR", "Frère ou sœur"), Map.entry("PETIT_ENFANT", "Petit-enfant"),
            Map.entry("GENDRE_BELLE_FILLE", "Gendre ou belle-fille"), Map.entry("ASCENDANT", "Ascendant"),
            Map.entry("RETRAITE_BASE", "Retraite de base"), Map.entry("RETRAITE_COMPLEMENTAIRE", "Retraite complémentaire"),
            Map.entry("PENSION_REVERSION", "Pension de réversion"), Map.entry("ASPA", "ASPA (minimum vieillesse)"),
            Map.entry("AAH", "Allocation aux adultes handicapés"), Map.entry("PENSION_INVALIDITE", "Pension d'invalidité"),
            Map.entry("SALAIRE", "Salaire"), Map.entry("CHOMAGE", "Allocations chômage"), Map.entry("RSA", "RSA"),
            Map.entry("PRIME_ACTIVITE", "Prime d'activité"), Map.entry("PRESTATIONS_FAMILIALES", "Prestations familiales"),
            Map.entry("APL_ALS", "Aide au logement (APL, ALS)"), Map.entry("REVENUS_LOCATIFS", "Revenus locatifs"),
            Map.entry("REVENUS_CAPITAUX", "Revenus de capitaux"), Map.entry("PENSION_ALIMENTAIRE_RECUE", "Pension alimentaire reçue"),
            Map.entry("INDEMNITES_JOURNALIERES", "Indemnités journalières"),
            Map.entry("LOYER", "Loyer"), Map.entry("CHARGES_LOCATIVES", "Charges locatives"), Map.entry("ENERGIE", "Énergie"),
            Map.entry("EAU", "Eau"), Map.entry("ASSURANCE_HABITATION", "Assurance habitation"), Map.entry("MUTUELLE", "Mutuelle"),
            Map.entry("CREDIT", "Crédit"), Map.entry("IMPOTS", "Impôts"), Map.entry("TRANSPORT", "Transport"),
            Map.entry("PENSION_ALIMENTAIRE_VERSEE", "Pension alimentaire versée"),
            Map.entry("FRAIS_HEBERGEMENT", "Frais d'hébergement"), Map.entry("TELEPHONE_INTERNET", "Téléphone et internet"),
            Map.entry("SAUVEGARDE_JUSTICE", "Sauvegarde de justice"), Map.entry("CURATELLE_SIMPLE", "Curatelle simple"),
            Map.entry("CURATELLE_RENFORCEE", "Curatelle renforcée"), Map.entry("TUTELLE", "Tutelle"),
            Map.entry("HABILITATION_FAMILIALE", "Habilitation familiale"),
            Map.entry("HABILITATION_CONJOINT", "Habilitation entre époux"),
            Map.entry("MANDAT_PROTECTION_FUTURE", "Mandat de protection future"),
            Map.entry("MASP", "Mesure d'accompagnement social personnalisé (MASP)"),
            Map.entry("MAJ", "Mesure d'accompagnement judiciaire (MAJ)"));

    private Labels() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : of(value.name());
    }

    public static String of(String constant) {
        String label = LABELS.get(constant);
        if (label != null) {
            return label;
        }
        String text = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
