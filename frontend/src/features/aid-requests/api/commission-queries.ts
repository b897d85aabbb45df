import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { saveFile } from "@/lib/download";
import { aidRequestKeys } from "./aid-requests-queries";
import type { CommissionDecision, CommissionSession, CommissionSessionInput } from "./types";

export const commissionKeys = {
  all: ["commissions"] as const,
  detail: (id: string) => ["commissions", id] as const,
  budget: (year: number) => ["budget", year] as const,
};

export function useCommissions() {
  return useQuery({
    queryKey: commissionKeys.all,
    queryFn: async (): Promise<CommissionSession[]> => unwrap(await api.GET("/api/commissions")),
  });
}

export function useCommission(id: string) {
  return useQuery({
    queryKey: commissionKeys.detail(id),
    queryFn: async (): Promise<CommissionSession> =>
      unwrap(await api.GET("/api/commissions/{id}", { params: { path: { id } } })),
  });
}

export function useCreateCommission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CommissionSessionInput): Promise<CommissionSession> =>
      unwrap(await api.POST("/api/commissions", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionKeys.all }),
  });
}

export function useAddToAgenda(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (requestId: string) =>
      unwrap(await api.POST("/api/commissions/{id}/agenda", { params: { path: { id } }, body: { requestId } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commissionKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: aidRequestKeys.all }),
      ]),
  });
}

export function useRecordDecisions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (decisions: CommissionDecision[]) =>
      unwrap(await api.POST("/api/commissions/{id}/decisions", { params: { path: { id } }, body: { decisions } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commissionKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: aidRequestKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["budget"] }),
      ]),
  });
}

export function useDownloadMinutes(id: string) {
  return useMutation({
    mutationFn: async (): Promise<Blob> =>
      unwrap(await api.GET("/api/commissions/{id}/minutes", { params: { path: { id } }, parseAs: "blob" })) as Blob,
    onSuccess: (blob) => saveFile(blob, `proces-verbal-commission-${id}.pdf`),
  });
}

export function useBudget(year: number, enabled = true) {
  return useQuery({
    queryKey: commissionKeys.budget(year),
    queryFn: async () => unwrap(await api.GET("/api/budget", { params: { query: { year } } })),
    enabled,
  });
}
