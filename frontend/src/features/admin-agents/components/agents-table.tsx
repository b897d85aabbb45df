import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { AgentView } from "@/lib/api/types";
import { roleLabels } from "@/lib/roles";

type AgentsTableProps = { agents: readonly AgentView[] };

function fullName(agent: AgentView): string {
  return `${agent.lastName ?? ""} ${agent.firstName ?? ""}`.trim();
}

function communesCell(agent: AgentView): string {
  const communes = agent.communes ?? [];
  if (communes.length === 0) return agent.roles?.includes("ACCUEIL") ? "Aucune" : "Toutes";
  return communes.map((commune) => commune.name).join(", ");
}

function byName(a: AgentView, b: AgentView): number {
  return fullName(a).localeCompare(fullName(b), "fr", { sensitivity: "base" });
}

export function AgentsTable({ agents }: AgentsTableProps) {
  if (agents.length === 0) return <p>Aucun agent pour l'instant.</p>;
  return (
    <Table
      caption="Agents de l'organisation"
      noCaption
      headers={["Nom", "Adresse électronique", "Rôles", "Communes", "État"]}
      data={[...agents].sort(byName).map((agent) => [
        fullName(agent),
        agent.email,
        roleLabels(agent.roles),
        communesCell(agent),
        agent.enabled ? (
          <Badge as="span" severity="success" small noIcon>
            Actif
          </Badge>
        ) : (
          <Badge as="span" severity="error" small noIcon>
            Désactivé
          </Badge>
        ),
      ])}
    />
  );
}
