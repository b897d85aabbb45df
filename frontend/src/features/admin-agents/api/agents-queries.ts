import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import type { CreateAgentRequest } from "@/lib/api/types";
import { unwrap } from "@/lib/api/unwrap";

export const agentsQueryKey = ["admin", "agents"] as const;
export const organisationCommunesQueryKey = ["admin", "communes"] as const;

export function useAgents() {
  return useQuery({
    queryKey: agentsQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/admin/agents")),
  });
}

/** The organisation's communes, offered to agents of the ACCUEIL role. */
export function useOrganisationCommunes(enabled: boolean) {
  return useQuery({
    queryKey: organisationCommunesQueryKey,
    queryFn: async () => unwrap(await api.GET("/api/admin/organisation/communes")),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useCreateAgent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateAgentRequest) =>
      unwrap(await api.POST("/api/admin/agents", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agentsQueryKey }),
  });
}
