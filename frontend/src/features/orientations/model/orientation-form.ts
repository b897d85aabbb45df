import type { Problem } from "@/lib/api/types";
import type { CreateOrientation, OrientationMotif } from "../api/types";

export type OrientationDraft = {
  partnerId: string;
  motif: OrientationMotif | "";
  message: string;
  consentGiven: boolean;
  consentOn: string;
  consentMode: "ECRIT" | "ORAL" | "";
};

export type DraftField = "partnerId" | "motif" | "message" | "consentGiven" | "consentOn" | "consentMode";
export type DraftErrors = Partial<Record<DraftField, string>>;

/** What the form checks before sending; the server checks again and its errors land on the same fields. */
export function validateDraft(draft: OrientationDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.partnerId) errors.partnerId = "Choisissez la CAF ou la MSA destinataire.";
  if (!draft.motif) errors.motif = "Choisissez le motif de l'orientation.";
  if (!draft.message.trim()) errors.message = "Écrivez le message pour le partenaire.";
  if (!draft.consentGiven) {
    errors.consentGiven = "La personne doit avoir consenti à la transmission de ses données : sans son accord, pas d'orientation.";
  }
  if (!draft.consentOn) errors.consentOn = "Indiquez la date du consentement.";
  if (!draft.consentMode) errors.consentMode = "Indiquez si le consentement est écrit ou oral.";
  return errors;
}

export function toRequest(beneficiaryId: string, draft: OrientationDraft): CreateOrientation | null {
  if (!draft.motif || !draft.consentMode) return null;
  return {
    beneficiaryId,
    partnerId: draft.partnerId,
    motif: draft.motif,
    message: draft.message.trim(),
    consent: { given: draft.consentGiven, on: draft.consentOn, mode: draft.consentMode },
  };
}

const serverFields: Record<string, DraftField> = {
  partnerId: "partnerId",
  motif: "motif",
  message: "message",
  consent: "consentGiven",
  "consent.given": "consentGiven",
  "consent.on": "consentOn",
  "consent.mode": "consentMode",
};

/** The server names fields by JSON path ("consent.on"); the form has one control per path. */
export function serverErrors(problem: Problem | undefined): DraftErrors {
  const errors: DraftErrors = {};
  for (const error of problem?.errors ?? []) {
    const field = error.field ? serverFields[error.field] : undefined;
    if (field && error.message && !errors[field]) errors[field] = error.message;
  }
  return errors;
}
