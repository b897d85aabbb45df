import type { Me, Role } from "@/lib/api/types";
import { hasRole } from "@/lib/roles";

/** Who sees the bordereaux: instruction and the président (who reads only); the server checks again. */
export const transmissionRoles = ["ADMIN", "INSTRUCTEUR", "PRESIDENT"] as const satisfies readonly Role[];

/** Preparing, sending and deleting a bordereau. */
export function canPrepareBordereaux(me: Pick<Me, "roles">): boolean {
  return ["ADMIN", "INSTRUCTEUR"].some((role) => hasRole(me, role as Role));
}
