import type { Me } from "@/lib/api/types";

type OrganisationKind = NonNullable<NonNullable<Me["organisation"]>["kind"]>;

const kindLabels: Record<OrganisationKind, string> = {
  CCAS: "Centre communal d'action sociale (CCAS)",
  CIAS: "Centre intercommunal d'action sociale (CIAS)",
};

export function organisationKindLabel(kind: OrganisationKind | undefined): string {
  return kind ? kindLabels[kind] : "";
}
