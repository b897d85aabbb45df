import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { saveFile } from "@/lib/download";
import type { DossierCheck, DossierVersion } from "./types";

export const dossierKeys = {
  check: (id: string) => ["aid-requests", "dossier", id, "check"] as const,
  versions: (id: string) => ["aid-requests", "dossier", id, "versions"] as const,
  pdf: (id: string, number: number) => ["aid-requests", "dossier", id, "pdf", number] as const,
};

/** The legal families that have a dossier for the département. */
export const dossierFamilies = ["APA_DOMICILE", "APA_ETABLISSEMENT", "ASH_PA", "ASH_PH"];

export function useDossierCheck(id: string, enabled: boolean) {
  return useQuery({
    queryKey: dossierKeys.check(id),
    queryFn: async (): Promise<DossierCheck> =>
      unwrap(await api.GET("/api/aid-requests/{id}/dossier/check", { params: { path: { id } } })),
    enabled,
    // The report reads the person's record and the pièces, which other pages change: always read it afresh.
    staleTime: 0,
    refetchOnMount: "always",
  });
}

export function useDossierVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: dossierKeys.versions(id),
    queryFn: async (): Promise<DossierVersion[]> =>
      unwrap(await api.GET("/api/aid-requests/{id}/dossier/versions", { params: { path: { id } } })),
    enabled,
  });
}

export function useGenerateDossier(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: boolean): Promise<DossierVersion> =>
      unwrap(await api.POST("/api/aid-requests/{id}/dossier", { params: { path: { id }, query: { draft } } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dossierKeys.versions(id) }),
        queryClient.invalidateQueries({ queryKey: dossierKeys.check(id) }),
      ]),
  });
}

async function fetchPdf(id: string, number: number): Promise<Blob> {
  return unwrap(
    await api.GET("/api/aid-requests/{id}/dossier/versions/{number}/pdf", {
      params: { path: { id, number }, query: { withPieces: false } },
      parseAs: "blob",
    }),
  ) as Blob;
}

/** A version's PDF, for the preview: fetched with the agent's token, shown through a blob URL. */
export function useDossierPdf(id: string, number: number | null) {
  return useQuery({
    queryKey: dossierKeys.pdf(id, number ?? 0),
    queryFn: () => fetchPdf(id, number ?? 0),
    enabled: number !== null,
    // A version never changes: its bytes can be kept as long as the page lives.
    staleTime: Infinity,
  });
}

export function useDownloadDossier(id: string, reference: string) {
  return useMutation({
    mutationFn: async ({ version, format }: { version: DossierVersion; format: "pdf" | "pdf-pieces" | "json" }) => {
      const number = version.number ?? 0;
      if (format === "json") {
        const result = await api.GET("/api/aid-requests/{id}/dossier/versions/{number}/json", {
          params: { path: { id, number } },
          parseAs: "blob",
        });
        return { blob: unwrap(result) as unknown as Blob, name: `dossier-${reference}-v${number}.json` };
      }
      const result = await api.GET("/api/aid-requests/{id}/dossier/versions/{number}/pdf", {
        params: { path: { id, number }, query: { withPieces: format === "pdf-pieces" } },
        parseAs: "blob",
      });
      const suffix = format === "pdf-pieces" ? "-avec-pieces" : "";
      return { blob: unwrap(result) as Blob, name: `dossier-${reference}-v${number}${suffix}.pdf` };
    },
    onSuccess: ({ blob, name }) => saveFile(blob, name),
  });
}
