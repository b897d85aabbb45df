import { AdminNav } from "@/components/admin-nav";
import { ErrorAlert } from "@/components/error-alert";
import { Loading } from "@/components/loading";
import { useDocumentTitle } from "@/lib/use-document-title";
import { useAgents } from "../api/agents-queries";
import { AgentsTable } from "../components/agents-table";
import { CreateAgentForm } from "../components/create-agent-form";

export function AgentsRoute() {
  useDocumentTitle("Agents");
  const agents = useAgents();

  return (
    <>
      <AdminNav />
      <h1>Agents</h1>
      <section aria-labelledby="agents-list-title" className="fr-mb-6w">
        <h2 id="agents-list-title">Agents de l'organisation</h2>
        {agents.isPending ? (
          <Loading label="Chargement des agents…" />
        ) : agents.isError ? (
          <ErrorAlert error={agents.error} title="La liste des agents n'a pas pu être chargée" />
        ) : (
          <AgentsTable agents={agents.data} />
        )}
      </section>
      <section className="fr-col-12 fr-col-md-8">
        <CreateAgentForm />
      </section>
    </>
  );
}
