import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";

/** The communes the agent may act on (all the organisation's, or a front-desk agent's own). */
export function useCommunes() {
  return useQuery({
    queryKey: ["communes"],
    queryFn: async () => unwrap(await api.GET("/api/communes")),
    staleTime: 5 * 60_000,
  });
}

/** Communes of the Code officiel géographique by name, INSEE code or postcode (two characters at least). */
export function useRefCommunes(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: ["referentiel", "communes", query],
    queryFn: async () =>
      unwrap(await api.GET("/api/referentiel/communes", { params: { query: { q: query, limit: 10 } } })),
    enabled: query.length >= 2,
    staleTime: 60 * 60_000,
  });
}
