import type { OrientationMotif, OrientationOutcome, OrientationStatus } from "../api/types";

export const motifLabels: Record<OrientationMotif, string> = {
  ACCES_AUX_DROITS: "Étude des droits",
  RSA: "Revenu de solidarité active (RSA)",
  PRIME_ACTIVITE: "Prime d'activité",
  AIDE_LOGEMENT: "Aide au logement",
  PRESTATIONS_FAMILIALES: "Prestations familiales",
  AAH: "Allocation aux adultes handicapés (AAH)",
  IMPAYES_LOGEMENT: "Impayés de loyer ou de prêt",
  CHANGEMENT_SITUATION: "Changement de situation",
  ACCOMPAGNEMENT_SOCIAL: "Accompagnement social",
  AUTRE: "Autre motif",
};

export const motifs = Object.keys(motifLabels) as OrientationMotif[];

export const statusLabels: Record<OrientationStatus, string> = {
  ENVOYEE: "Envoyée",
  PRISE_EN_COMPTE: "Prise en compte",
  REPONDUE: "Réponse reçue",
};

export const statusSeverity: Record<OrientationStatus, "info" | "new" | "success"> = {
  ENVOYEE: "info",
  PRISE_EN_COMPTE: "new",
  REPONDUE: "success",
};

export const outcomeLabels: Record<OrientationOutcome, string> = {
  PRISE_EN_CHARGE: "Prise en charge",
  DROITS_OUVERTS: "Droits ouverts",
  DEJA_CONNU: "Déjà connu",
  NON_ELIGIBLE: "Non éligible",
  SANS_SUITE: "Sans suite",
};

export const consentModeLabels: Record<string, string> = { ECRIT: "écrit", ORAL: "oral" };
