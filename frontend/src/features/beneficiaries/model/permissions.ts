import type { Me, Role } from "@/lib/api/types";
import { hasRole } from "@/lib/roles";

// What each role may do with the file; the server checks it again on every call.

/** Create and update records: the président only reads. */
export const beneficiaryWriterRoles = ["ADMIN", "INSTRUCTEUR", "ACCUEIL"] as const satisfies readonly Role[];

function hasAny(me: Pick<Me, "roles">, roles: readonly Role[]): boolean {
  return roles.some((role) => hasRole(me, role));
}

export function canWrite(me: Pick<Me, "roles">): boolean {
  return hasAny(me, beneficiaryWriterRoles);
}

/** Archive and restore. */
export function canArchive(me: Pick<Me, "roles">): boolean {
  return hasAny(me, ["ADMIN", "INSTRUCTEUR"]);
}

/** Free notes are hidden from front-desk agents (ACCUEIL), as is the full NIR. */
export function seesNotes(me: Pick<Me, "roles">): boolean {
  return hasAny(me, ["ADMIN", "INSTRUCTEUR", "PRESIDENT"]);
}

/** Front-desk agents act on the people of their own communes only. */
export function restrictedToCommunes(me: Pick<Me, "roles">): boolean {
  return !seesNotes(me);
}

/** Export all of a person's data (RGPD right of access). */
export function canExport(me: Pick<Me, "roles">): boolean {
  return hasAny(me, ["ADMIN", "INSTRUCTEUR", "PRESIDENT"]);
}
