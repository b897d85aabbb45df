import type { BordereauStatus, TransmissionStatus } from "../api/types";

export const bordereauStatusLabels: Record<BordereauStatus, string> = {
  BROUILLON: "En préparation",
  ENVOYE: "Envoyé",
};

export const lineStatusLabels: Record<TransmissionStatus, string> = {
  PREPAREE: "Sur le bordereau",
  ENVOYEE: "Envoyée",
  RECUE: "Reçue par le département",
  DECIDEE: "Décidée",
};

export const decisionLabels: Record<string, string> = {
  ACCORDEE: "Accordée",
  REFUSEE: "Refusée",
};

export const avisLabels: Record<string, string> = {
  FAVORABLE: "Favorable",
  DEFAVORABLE: "Défavorable",
};

export function label(labels: Record<string, string>, value: string | null | undefined): string {
  return value ? (labels[value] ?? value) : "";
}
