import type {
  BenefitFund,
  BeneficiaryStatus,
  ChargeType,
  FamilySituation,
  HouseholdRelationship,
  LivingSituation,
  Nationality,
  ObligeRelationship,
  PensionFundKind,
  PreferredContact,
  ProtectionType,
  ResidencePermitType,
  ResourceOwner,
  ResourceType,
  Sex,
  Sort,
  StatusFilter,
} from "../api/types";

// The closed lists of the file in French, in the order the forms offer them.

export const sexLabels: Record<Sex, string> = { FEMALE: "Femme", MALE: "Homme" };

export const nationalityLabels: Record<Nationality, string> = {
  FRENCH: "Française",
  EU: "Union européenne, EEE ou Suisse",
  OTHER: "Autre nationalité",
};

export const residencePermitLabels: Record<ResidencePermitType, string> = {
  CARTE_RESIDENT: "Carte de résident",
  CARTE_SEJOUR_TEMPORAIRE: "Carte de séjour temporaire",
  CARTE_SEJOUR_PLURIANNUELLE: "Carte de séjour pluriannuelle",
  RECEPISSE: "Récépissé",
  APS: "Autorisation provisoire de séjour",
  AUTRE: "Autre titre",
};

export const preferredContactLabels: Record<PreferredContact, string> = {
  TELEPHONE: "Téléphone",
  EMAIL: "Courriel",
  COURRIER: "Courrier",
  VISITE: "Visite",
};

export const familySituationLabels: Record<FamilySituation, string> = {
  CELIBATAIRE: "Célibataire",
  MARIE: "Marié(e)",
  PACSE: "Pacsé(e)",
  CONCUBIN: "En concubinage",
  DIVORCE: "Divorcé(e)",
  SEPARE: "Séparé(e)",
  VEUF: "Veuf ou veuve",
};

export const livingSituationLabels: Record<LivingSituation, string> = {
  PROPRIETAIRE: "Propriétaire",
  LOCATAIRE_SOCIAL: "Locataire (logement social)",
  LOCATAIRE_PRIVE: "Locataire (parc privé)",
  HEBERGE_TIERS: "Hébergé(e) par un tiers",
  HEBERGE_FAMILLE: "Hébergé(e) par la famille",
  EHPAD: "EHPAD",
  USLD: "Unité de soins de longue durée",
  RESIDENCE_AUTONOMIE: "Résidence autonomie",
  FOYER: "Foyer",
  ACCUEIL_FAMILIAL: "Accueil familial",
  SANS_DOMICILE: "Sans domicile stable",
  AUTRE: "Autre",
};

export const householdRelationshipLabels: Record<HouseholdRelationship, string> = {
  CONJOINT: "Conjoint(e)",
  ENFANT: "Enfant",
  PARENT: "Parent",
  FRERE_SOEUR: "Frère ou sœur",
  PETIT_ENFANT: "Petit-enfant",
  AUTRE: "Autre",
};

export const resourceTypeLabels: Record<ResourceType, string> = {
  RETRAITE_BASE: "Retraite de base",
  RETRAITE_COMPLEMENTAIRE: "Retraite complémentaire",
  PENSION_REVERSION: "Pension de réversion",
  ASPA: "Allocation de solidarité aux personnes âgées (ASPA)",
  AAH: "Allocation aux adultes handicapés (AAH)",
  PENSION_INVALIDITE: "Pension d'invalidité",
  SALAIRE: "Salaire",
  CHOMAGE: "Allocation chômage",
  RSA: "Revenu de solidarité active (RSA)",
  PRIME_ACTIVITE: "Prime d'activité",
  PRESTATIONS_FAMILIALES: "Prestations familiales",
  APL_ALS: "Aide au logement (APL, ALS)",
  REVENUS_LOCATIFS: "Revenus locatifs",
  REVENUS_CAPITAUX: "Revenus de capitaux",
  PENSION_ALIMENTAIRE_RECUE: "Pension alimentaire reçue",
  INDEMNITES_JOURNALIERES: "Indemnités journalières",
  AUTRE: "Autre ressource",
};

export const resourceOwnerLabels: Record<ResourceOwner, string> = {
  BENEFICIAIRE: "La personne",
  CONJOINT: "Son conjoint",
};

export const chargeTypeLabels: Record<ChargeType, string> = {
  LOYER: "Loyer",
  CHARGES_LOCATIVES: "Charges locatives",
  ENERGIE: "Énergie",
  EAU: "Eau",
  ASSURANCE_HABITATION: "Assurance habitation",
  MUTUELLE: "Mutuelle",
  CREDIT: "Crédit",
  IMPOTS: "Impôts",
  TRANSPORT: "Transport",
  PENSION_ALIMENTAIRE_VERSEE: "Pension alimentaire versée",
  FRAIS_HEBERGEMENT: "Frais d'hébergement",
  TELEPHONE_INTERNET: "Téléphone et internet",
  AUTRE: "Autre charge",
};

export const protectionTypeLabels: Record<ProtectionType, string> = {
  SAUVEGARDE_JUSTICE: "Sauvegarde de justice",
  CURATELLE_SIMPLE: "Curatelle simple",
  CURATELLE_RENFORCEE: "Curatelle renforcée",
  TUTELLE: "Tutelle",
  HABILITATION_FAMILIALE: "Habilitation familiale",
  HABILITATION_CONJOINT: "Habilitation entre époux",
  MANDAT_PROTECTION_FUTURE: "Mandat de protection future",
  MASP: "Mesure d'accompagnement social personnalisé (MASP)",
  MAJ: "Mesure d'accompagnement judiciaire (MAJ)",
};

export const obligeRelationshipLabels: Record<ObligeRelationship, string> = {
  ENFANT: "Enfant",
  GENDRE_BELLE_FILLE: "Gendre ou belle-fille",
  ASCENDANT: "Ascendant",
  CONJOINT: "Conjoint(e)",
  PETIT_ENFANT: "Petit-enfant",
};

export const pensionFundKindLabels: Record<PensionFundKind, string> = {
  PRINCIPALE: "Principale",
  COMPLEMENTAIRE: "Complémentaire",
};

export const benefitFundLabels: Record<BenefitFund, string> = { CAF: "CAF", MSA: "MSA" };

export const statusLabels: Record<BeneficiaryStatus, string> = {
  ACTIVE: "Active",
  ARCHIVED: "Archivée",
  ANONYMISED: "Anonymisée",
};

export const statusFilterLabels: Record<StatusFilter, string> = {
  ACTIVE: "Fiches actives",
  ARCHIVED: "Fiches archivées",
  ALL: "Toutes les fiches",
};

export const sortLabels: Record<Sort, string> = {
  RELEVANCE: "Pertinence",
  NAME: "Nom",
  BIRTH_DATE: "Date de naissance",
  CREATED: "Dernières créées",
  LAST_CONTACT: "Dernier contact",
};

/** Options for a select, in the order of the record. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** The French label of a code, or the code itself when the list does not know it. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return (labels as Record<string, string>)[value] ?? value;
}
