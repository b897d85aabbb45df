import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { saveFile } from "@/lib/download";
import type { BordereauView, Candidate } from "./types";

export const bordereauKeys = {
  all: ["bordereaux"] as const,
  candidates: ["bordereaux", "candidates"] as const,
  lists: ["bordereaux", "list"] as const,
  list: (page: number) => ["bordereaux", "list", page] as const,
  detail: (id: string) => ["bordereaux", "detail", id] as const,
};

/** Sending or preparing a bordereau changes requests too: their pages and queues (aid-request screens' keys). */
const aidRequestsKey = ["aid-requests"] as const;

export function useCandidates() {
  return useQuery({
    queryKey: bordereauKeys.candidates,
    queryFn: async (): Promise<Candidate[]> => unwrap(await api.GET("/api/bordereaux/candidates")),
  });
}

export function useBordereaux(page: number, size = 20) {
  return useQuery({
    queryKey: bordereauKeys.list(page),
    queryFn: async () => unwrap(await api.GET("/api/bordereaux", { params: { query: { page, size } } })),
    placeholderData: keepPreviousData,
  });
}

export function useBordereau(id: string) {
  return useQuery({
    queryKey: bordereauKeys.detail(id),
    queryFn: async (): Promise<BordereauView> =>
      unwrap(await api.GET("/api/bordereaux/{id}", { params: { path: { id } } })),
  });
}

export function useCreateBordereau() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { departement: string; requestIds: string[] }): Promise<BordereauView> =>
      unwrap(await api.POST("/api/bordereaux", { body })),
    onSuccess: (created) => {
      if (created.id) queryClient.setQueryData(bordereauKeys.detail(created.id), created);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: bordereauKeys.candidates }),
        queryClient.invalidateQueries({ queryKey: bordereauKeys.lists }),
      ]);
    },
  });
}

export function useSendBordereau(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sentOn: string | undefined): Promise<BordereauView> =>
      unwrap(
        await api.POST("/api/bordereaux/{id}/send", {
          params: { path: { id } },
          body: sentOn ? { sentOn } : {},
        }),
      ),
    onSuccess: (sent) => {
      queryClient.setQueryData(bordereauKeys.detail(id), sent);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: bordereauKeys.lists }),
        queryClient.invalidateQueries({ queryKey: aidRequestsKey }),
      ]);
    },
  });
}

export function useDeleteBordereau(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const result = await api.DELETE("/api/bordereaux/{id}", { params: { path: { id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: bordereauKeys.detail(id) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: bordereauKeys.candidates }),
        queryClient.invalidateQueries({ queryKey: bordereauKeys.lists }),
      ]);
    },
  });
}

export function useDownloadBordereauPdf() {
  return useMutation({
    mutationFn: async (bordereau: { id: string; number?: string }): Promise<Blob> =>
      unwrap(
        await api.GET("/api/bordereaux/{id}/pdf", { params: { path: { id: bordereau.id } }, parseAs: "blob" }),
      ) as Blob,
    onSuccess: (blob, bordereau) => saveFile(blob, `bordereau-${bordereau.number ?? bordereau.id}.pdf`),
  });
}
