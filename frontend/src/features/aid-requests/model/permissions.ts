import type { Me, Role } from "@/lib/api/types";
import { hasRole } from "@/lib/roles";

/** The commission and the budget: instruction and the président; the server checks again. */
export const commissionRoles = ["ADMIN", "INSTRUCTEUR", "PRESIDENT"] as const satisfies readonly Role[];

/** Front desk creates requests and receives pièces; instruction does everything else. */
export const requestCreatorRoles = ["ADMIN", "INSTRUCTEUR", "ACCUEIL"] as const satisfies readonly Role[];

export function canHandlePieces(me: Pick<Me, "roles">): boolean {
  return requestCreatorRoles.some((role) => hasRole(me, role));
}

export function canManageCommission(me: Pick<Me, "roles">): boolean {
  return ["ADMIN", "INSTRUCTEUR"].some((role) => hasRole(me, role as Role));
}
