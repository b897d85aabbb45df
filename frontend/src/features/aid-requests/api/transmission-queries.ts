import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { ApiError } from "@/lib/api/problem";
import { unwrap } from "@/lib/api/unwrap";
import type { TransmissionView } from "./types";

export const transmissionKey = (id: string) => ["aid-requests", "transmission", id] as const;

/** Where the request's transmission to the département stands; null while it is on no bordereau (404). */
export function useRequestTransmission(id: string, enabled: boolean) {
  return useQuery({
    queryKey: transmissionKey(id),
    queryFn: async (): Promise<TransmissionView | null> => {
      try {
        return unwrap(await api.GET("/api/aid-requests/{id}/transmission", { params: { path: { id } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}
