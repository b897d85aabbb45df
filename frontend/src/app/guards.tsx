import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "@/components/loading";
import type { Role } from "@/lib/api/types";
import { useSession } from "@/lib/auth/session-store";
import { hasRole } from "@/lib/roles";
import { ForbiddenRoute } from "./routes/forbidden-route";

/** Pages behind it need a signed-in agent; others go to the login page and come back. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status === "pending") return <Loading label="Vérification de votre session…" />;
  if (session.status === "anonymous") {
    const from = session.reason === "logout" ? undefined : location.pathname + location.search;
    return <Navigate to="/connexion" replace state={from ? { from } : undefined} />;
  }
  return <Outlet />;
}

/** Pages behind it need the role (or one of the roles); the server checks it again on every call. */
export function RequireRole({ role }: { role: Role | readonly Role[] }) {
  const session = useSession();
  const roles: readonly Role[] = typeof role === "string" ? [role] : role;
  if (session.status !== "authenticated" || !roles.some((r) => hasRole(session.me, r))) return <ForbiddenRoute />;
  return <Outlet />;
}
