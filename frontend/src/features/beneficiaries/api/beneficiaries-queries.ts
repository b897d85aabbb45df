import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import type { Beneficiary, BeneficiaryInput, BeneficiarySearch, HistoryEntry } from "./types";

export const beneficiaryKeys = {
  all: ["beneficiaries"] as const,
  lists: ["beneficiaries", "list"] as const,
  list: (search: BeneficiarySearch) => ["beneficiaries", "list", search] as const,
  detail: (id: string) => ["beneficiaries", "detail", id] as const,
  history: (id: string) => ["beneficiaries", "history", id] as const,
};

/** A record and the version it was read at, to send back in If-Match. */
export type LoadedBeneficiary = { beneficiary: Beneficiary; etag: string };

function loaded(beneficiary: Beneficiary, response: Response): LoadedBeneficiary {
  // The ETag is the version in quotes; the body carries the same version should a proxy drop the header.
  return { beneficiary, etag: response.headers.get("ETag") ?? `"${beneficiary.version ?? 0}"` };
}

export function useBeneficiaries(search: BeneficiarySearch) {
  return useQuery({
    queryKey: beneficiaryKeys.list(search),
    queryFn: async () => unwrap(await api.GET("/api/beneficiaries", { params: { query: search } })),
    // The previous page stays on screen while the next one loads: no flicker while typing.
    placeholderData: keepPreviousData,
  });
}

export function useBeneficiary(id: string) {
  return useQuery({
    queryKey: beneficiaryKeys.detail(id),
    queryFn: async () => {
      const result = await api.GET("/api/beneficiaries/{id}", { params: { path: { id } } });
      return loaded(unwrap(result), result.response);
    },
  });
}

export function useBeneficiaryHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: beneficiaryKeys.history(id),
    queryFn: async (): Promise<HistoryEntry[]> =>
      unwrap(await api.GET("/api/beneficiaries/{id}/history", { params: { path: { id } } })) as HistoryEntry[],
    enabled,
  });
}

export function useCreateBeneficiary() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BeneficiaryInput) => {
      const result = await api.POST("/api/beneficiaries", { body });
      return loaded(unwrap(result), result.response);
    },
    onSuccess: (created) => {
      if (created.beneficiary.id) queryClient.setQueryData(beneficiaryKeys.detail(created.beneficiary.id), created);
      return queryClient.invalidateQueries({ queryKey: beneficiaryKeys.lists });
    },
  });
}

export function useUpdateBeneficiary(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: BeneficiaryInput; etag: string }) => {
      const result = await api.PUT("/api/beneficiaries/{id}", {
        params: { path: { id }, header: { "If-Match": etag } },
        body,
      });
      return loaded(unwrap(result), result.response);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(beneficiaryKeys.detail(id), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: beneficiaryKeys.lists }),
        queryClient.invalidateQueries({ queryKey: beneficiaryKeys.history(id) }),
      ]);
    },
  });
}

/** Archives (true) or restores (false) a record. */
export function useSetArchived(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (archived: boolean) => {
      const path = { params: { path: { id } } };
      return unwrap(
        archived
          ? await api.POST("/api/beneficiaries/{id}/archive", path)
          : await api.POST("/api/beneficiaries/{id}/restore", path),
      );
    },
    // The version changed: read the record again for a fresh ETag.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: beneficiaryKeys.all }),
  });
}
