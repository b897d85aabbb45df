import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import type { Me } from "@/lib/api/types";
import { unwrap } from "@/lib/api/unwrap";
import { hasRole } from "@/lib/roles";

export type Referent = { id: string; name: string };

function fullName(person: { firstName?: string | null; lastName?: string | null }): string {
  return `${person.firstName ?? ""} ${person.lastName ?? ""}`.trim();
}

/**
 * Agents who may follow a person. The API has no directory of agents for every
 * role yet: administrators get the organisation's active agents, other agents
 * can name themselves.
 */
export function useReferents(me: Me) {
  const isAdmin = hasRole(me, "ADMIN");
  const agents = useQuery({
    queryKey: ["beneficiaries", "referents"],
    queryFn: async () => unwrap(await api.GET("/api/admin/agents")),
    enabled: isAdmin,
    staleTime: 5 * 60_000,
  });
  const self: Referent[] = me.id ? [{ id: me.id, name: fullName(me) }] : [];
  if (!isAdmin || !agents.data) return self;
  return agents.data
    .filter((agent) => agent.enabled && agent.id)
    .map((agent) => ({ id: agent.id as string, name: fullName(agent) }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
}
