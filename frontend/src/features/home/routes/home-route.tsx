import { useMe } from "@/lib/auth/session-store";
import { useDocumentTitle } from "@/lib/use-document-title";
import { AgentSummary } from "../components/agent-summary";

export function HomeRoute() {
  useDocumentTitle("Accueil");
  const me = useMe();
  return (
    <>
      <h1>
        Bonjour {me.firstName} {me.lastName}
      </h1>
      <AgentSummary me={me} />
    </>
  );
}
