import type { Queue, RequestAction, RequestStatus } from "../api/types";

/** The work queues of the dashboard, in the order of the work. */
export const workQueues = ["A_INSTRUIRE", "EN_ATTENTE_PIECES", "A_TRANSMETTRE", "EN_COMMISSION", "A_VERSER"] as const satisfies readonly Queue[];
export type WorkQueue = (typeof workQueues)[number];

export const queueLabels: Record<WorkQueue, string> = {
  A_INSTRUIRE: "À instruire",
  EN_ATTENTE_PIECES: "En attente de pièces",
  A_TRANSMETTRE: "À transmettre",
  EN_COMMISSION: "En commission",
  A_VERSER: "À verser",
};

export function isWorkQueue(value: string | null): value is WorkQueue {
  return workQueues.some((queue) => queue === value);
}

export const statusLabels: Record<RequestStatus, string> = {
  BROUILLON: "Brouillon",
  DEPOSEE: "Déposée",
  INCOMPLETE: "Incomplète",
  COMPLETE: "Complète",
  AVIS_RENDU: "Avis rendu",
  TRANSMISE: "Transmise au département",
  DECIDEE: "Décidée",
  CLOSE: "Close",
  INSTRUITE: "Instruite",
  EN_COMMISSION: "En commission",
  ACCORDEE: "Accordée",
  REFUSEE: "Refusée",
  VERSEE: "Versée",
  SANS_SUITE: "Classée sans suite",
};

export type BadgeSeverity = "success" | "warning" | "error" | "info" | "new";

export const statusSeverity: Record<RequestStatus, BadgeSeverity | undefined> = {
  BROUILLON: undefined,
  DEPOSEE: "info",
  INCOMPLETE: "warning",
  COMPLETE: "info",
  AVIS_RENDU: "new",
  TRANSMISE: "success",
  DECIDEE: "success",
  CLOSE: undefined,
  INSTRUITE: "info",
  EN_COMMISSION: "new",
  ACCORDEE: "success",
  REFUSEE: "error",
  VERSEE: "success",
  SANS_SUITE: undefined,
};

export function statusLabel(status: RequestStatus | undefined): string {
  return status ? (statusLabels[status] ?? status) : "";
}

export const actionLabels: Record<RequestAction, string> = {
  DEPOSER: "Déposer",
  DECLARER_INCOMPLETE: "Déclarer incomplète",
  DECLARER_COMPLETE: "Déclarer complète",
  RENDRE_AVIS: "Rendre l'avis",
  TRANSMETTRE: "Transmettre au département",
  ENREGISTRER_DECISION: "Enregistrer la décision",
  CLORE: "Clore",
  INSTRUIRE: "Instruire",
  INSCRIRE_EN_COMMISSION: "Inscrire en commission",
  ACCORDER: "Accorder",
  REFUSER: "Refuser",
  VERSER: "Verser",
  CLASSER_SANS_SUITE: "Classer sans suite",
};

export const channelLabels: Record<string, string> = {
  ACCUEIL: "À l'accueil",
  COURRIER: "Par courrier",
  MAIRIE: "Relais mairie",
  EN_LIGNE: "En ligne",
  VISITE: "Lors d'une visite",
};

export const paymentMethodLabels: Record<string, string> = {
  VIREMENT: "Virement",
  CHEQUE: "Chèque",
  BON: "Bon",
  CHEQUES_ACCOMPAGNEMENT: "Chèques d'accompagnement personnalisé",
  ESPECES: "Espèces",
};

export const closedReasonLabels: Record<string, string> = {
  RETRAIT: "Retrait de la demande",
  DECES: "Décès",
  DEMENAGEMENT: "Déménagement",
  HORS_CRITERES: "Hors critères",
  DOUBLON: "Doublon",
  AUTRE: "Autre motif",
};

export const letterLabels: Record<string, string> = {
  ACCUSE_RECEPTION: "Accusé de réception",
  DEMANDE_PIECES: "Demande de pièces",
  NOTIFICATION_DECISION: "Notification de la décision",
};

/** Legal families whose dossier needs the establishment (ASH, APA en établissement). */
export function needsAccommodation(legalFamily: string | undefined): boolean {
  return legalFamily === "APA_ETABLISSEMENT" || (legalFamily?.startsWith("ASH") ?? false);
}
