import type { Me, Role } from "@/lib/api/types";

/** Every role, in the order the UI lists them. */
export const allRoles = ["ADMIN", "INSTRUCTEUR", "ACCUEIL", "PRESIDENT"] as const satisfies readonly Role[];

const labels: Record<Role, string> = {
  ADMIN: "Administrateur",
  INSTRUCTEUR: "Instructeur",
  ACCUEIL: "Accueil",
  PRESIDENT: "Président",
};

const hints: Record<Role, string> = {
  ADMIN: "Gère les agents et l'organisation.",
  INSTRUCTEUR: "Instruit les demandes d'aide.",
  ACCUEIL: "Reçoit le public, limité à ses communes.",
  PRESIDENT: "Rend l'avis sur les dossiers.",
};

export function roleLabel(role: Role): string {
  return labels[role] ?? role;
}

export function roleHint(role: Role): string {
  return hints[role] ?? "";
}

/** Labels of the given roles, in the UI's order, joined for a sentence or a cell. */
export function roleLabels(roles: readonly Role[] | undefined): string {
  return allRoles
    .filter((role) => roles?.includes(role))
    .map(roleLabel)
    .join(", ");
}

export function hasRole(me: Pick<Me, "roles">, role: Role): boolean {
  return me.roles?.includes(role) ?? false;
}
