import type { components } from "@/lib/api/schema";

type Schemas = components["schemas"];

export const aRequestId = "7a2b3c4d-0000-4000-8000-000000000201";

export function anAidRequest(overrides: Partial<Schemas["AidRequest"]> = {}): Schemas["AidRequest"] {
  return {
    id: aRequestId,
    reference: "2026-000042",
    version: 2,
    beneficiary: {
      id: "6f1c2a3b-0000-4000-8000-000000000101",
      birthName: "Lefèvre",
      firstNames: "Éloïse Marie",
      birthDate: "1941-03-14",
      communeCode: "38052",
    },
    aidType: { id: "aid-apa", code: "APA_DOMICILE", label: "APA à domicile", legalFamily: "APA_DOMICILE" },
    kind: "LEGAL",
    status: "COMPLETE",
    allowedActions: ["RENDRE_AVIS", "CLASSER_SANS_SUITE"],
    depositedOn: "2026-11-02",
    pieces: [
      { code: "IDENTITE", label: "Pièce d'identité", required: true, received: true, receivedOn: "2026-11-03" },
      { code: "RIB", label: "Relevé d'identité bancaire", required: true, received: false },
    ],
    deadlines: { transmissionDue: "2026-12-02", alertFrom: "2026-11-22", daysLeft: 8, overdue: false, alert: true },
    timeline: [{ at: "2026-11-02T09:00:00Z", action: "DEPOSER", from: "BROUILLON", to: "DEPOSEE", agentName: "Paul Roux" }],
    warnings: [],
    ...overrides,
  };
}

export function anAidRequestSummary(overrides: Partial<Schemas["AidRequestSummary"]> = {}): Schemas["AidRequestSummary"] {
  return {
    id: aRequestId,
    reference: "2026-000042",
    beneficiaryId: "6f1c2a3b-0000-4000-8000-000000000101",
    beneficiaryName: "LEFÈVRE Éloïse",
    aidTypeCode: "APA_DOMICILE",
    aidTypeLabel: "APA à domicile",
    kind: "LEGAL",
    status: "AVIS_RENDU",
    depositedOn: "2026-11-02",
    transmissionDue: "2026-12-02",
    daysLeft: 8,
    overdue: false,
    alert: true,
    ...overrides,
  };
}

export function aRequestPage(
  items: Schemas["AidRequestSummary"][],
  overrides: Partial<Schemas["PageAidRequestSummary"]> = {},
): Schemas["PageAidRequestSummary"] {
  return { items, total: items.length, page: 0, size: 20, ...overrides };
}
