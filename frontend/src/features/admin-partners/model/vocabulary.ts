import type { DeliveryStatus, PartnerType } from "../api/types";

export const partnerTypeLabels: Record<PartnerType, string> = {
  DEPARTEMENT: "Conseil départemental",
  CAF: "CAF",
  MSA: "MSA",
};

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  PENDING: "En attente",
  DELIVERED: "Livrée",
  FAILED: "Abandonnée",
};

export const eventTypeLabels: Record<string, string> = {
  "transmission.available": "Dossier transmis",
  "transmission.acknowledgement.recorded": "Accusé de réception pris en compte",
  "transmission.decision.recorded": "Décision prise en compte",
  "orientation.received": "Orientation reçue",
  "webhook.test": "Test du webhook",
};

export function eventTypeLabel(type: string | undefined): string {
  return type ? (eventTypeLabels[type] ?? type) : "";
}
