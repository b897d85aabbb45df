import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Navigate, useLocation } from "react-router";
import { Loading } from "@/components/loading";
import { useSession } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { LoginForm } from "../components/login-form";

/** Where the guard sent the agent from, to go back there once signed in. */
function returnPath(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state) {
    const from = (state as { from?: unknown }).from;
    if (typeof from === "string" && from.startsWith("/") && !from.startsWith("//")) return from;
  }
  return "/";
}

export function LoginRoute() {
  useDocumentTitle("Connexion");
  const session = useSession();
  const location = useLocation();

  if (session.status === "pending") return <Loading label="Vérification de votre session…" />;
  if (session.status === "authenticated") {
    return <Navigate to={returnPath(location.state)} replace />;
  }
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        {session.reason === "expired" && (
          <Alert
            className="fr-mb-3w"
            severity="info"
            small
            description="Votre session a expiré. Reconnectez-vous pour continuer."
          />
        )}
        {session.reason === "logout" && (
          <Alert className="fr-mb-3w" severity="success" small description="Vous êtes déconnecté." />
        )}
        <LoginForm />
      </div>
    </div>
  );
}
