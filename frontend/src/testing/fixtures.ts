import type { AgentView, Me, OrganisationCommune, Problem, TokenResponse } from "@/lib/api/types";

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: "0b8c6f9e-0000-4000-8000-000000000001",
    email: "claire.martin@cias-oisans.fr",
    firstName: "Claire",
    lastName: "Martin",
    roles: ["ADMIN"],
    organisation: { id: "0b8c6f9e-0000-4000-8000-0000000000aa", name: "CIAS de l'Oisans", kind: "CIAS" },
    communes: [
      { inseeCode: "38052", name: "Le Bourg-d'Oisans" },
      { inseeCode: "38191", name: "Huez" },
    ],
    ...overrides,
  };
}

export function aTokenResponse(me: Me = aMe(), accessToken = "access-token-1"): TokenResponse {
  return { accessToken, tokenType: "Bearer", expiresIn: 900, me };
}

export function anAgent(overrides: Partial<AgentView> = {}): AgentView {
  return {
    id: "0b8c6f9e-0000-4000-8000-000000000002",
    email: "paul.roux@cias-oisans.fr",
    firstName: "Paul",
    lastName: "Roux",
    roles: ["INSTRUCTEUR"],
    communes: [],
    enabled: true,
    createdAt: "2026-01-05T09:00:00Z",
    lastLoginAt: null,
    ...overrides,
  };
}

export function anOrganisationCommune(overrides: Partial<OrganisationCommune> = {}): OrganisationCommune {
  return { inseeCode: "38052", name: "Le Bourg-d'Oisans", departement: "38", postcodes: ["38520"], ...overrides };
}

export function aProblem(status: number, slug: string, overrides: Partial<Problem> = {}): Problem {
  return {
    type: `urn:entraide:problem:${slug}`,
    title: "Erreur",
    status,
    detail: "Détail de l'erreur.",
    instance: "/api",
    requestId: "req-1",
    ...overrides,
  };
}
