import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { uploadWithProgress, type UploadProgress } from "@/lib/api/upload";
import { saveFile } from "@/lib/download";
import type {
  AidDocument,
  AidRequest,
  AidType,
  CreateAidRequest,
  LetterView,
  Queue,
  QueueSearch,
  TransitionRequest,
} from "./types";

export const aidRequestKeys = {
  all: ["aid-requests"] as const,
  lists: ["aid-requests", "list"] as const,
  list: (search: QueueSearch) => ["aid-requests", "list", search] as const,
  /** Under "list": whatever refreshes the queues refreshes their counts. */
  queueCounts: ["aid-requests", "list", "counts"] as const,
  detail: (id: string) => ["aid-requests", "detail", id] as const,
  documents: (id: string) => ["aid-requests", "documents", id] as const,
  letters: (id: string) => ["aid-requests", "letters", id] as const,
  loan: (id: string) => ["aid-requests", "loan", id] as const,
  catalogue: ["catalogue"] as const,
};

/** A request and the version it was read at, to send back in If-Match. */
export type LoadedAidRequest = { request: AidRequest; etag: string };

function loaded(request: AidRequest, response: Response): LoadedAidRequest {
  return { request, etag: response.headers.get("ETag") ?? `"${request.version ?? 0}"` };
}

export function useCatalogue() {
  return useQuery({
    queryKey: aidRequestKeys.catalogue,
    queryFn: async (): Promise<AidType[]> => unwrap(await api.GET("/api/catalogue")),
    staleTime: 5 * 60_000,
  });
}

export function useAidRequests(search: QueueSearch, enabled = true) {
  return useQuery({
    queryKey: aidRequestKeys.list(search),
    queryFn: async () => unwrap(await api.GET("/api/aid-requests", { params: { query: search } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many requests wait in each work queue, in one call. */
export function useQueueCounts(): Partial<Record<Queue, number>> {
  const counts = useQuery({
    queryKey: aidRequestKeys.queueCounts,
    queryFn: async () => unwrap(await api.GET("/api/aid-requests/queues")),
  });
  const byQueue: Partial<Record<Queue, number>> = {};
  for (const row of counts.data ?? []) {
    if (row.queue !== undefined && row.count !== undefined) byQueue[row.queue] = row.count;
  }
  return byQueue;
}

export function useAidRequest(id: string) {
  return useQuery({
    queryKey: aidRequestKeys.detail(id),
    queryFn: async () => {
      const result = await api.GET("/api/aid-requests/{id}", { params: { path: { id } } });
      return loaded(unwrap(result), result.response);
    },
  });
}

export function useCreateAidRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateAidRequest) => {
      const result = await api.POST("/api/aid-requests", { body });
      return loaded(unwrap(result), result.response);
    },
    onSuccess: (created) => {
      if (created.request.id) queryClient.setQueryData(aidRequestKeys.detail(created.request.id), created);
      return queryClient.invalidateQueries({ queryKey: aidRequestKeys.lists });
    },
  });
}

/** Everything that changes a request also changes its queues, its letters and its loan. */
function refreshAfterChange(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: aidRequestKeys.lists }),
    queryClient.invalidateQueries({ queryKey: aidRequestKeys.letters(id) }),
    queryClient.invalidateQueries({ queryKey: aidRequestKeys.documents(id) }),
    queryClient.invalidateQueries({ queryKey: aidRequestKeys.loan(id) }),
  ]);
}

export function useTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: TransitionRequest; etag?: string }) => {
      const result = await api.POST("/api/aid-requests/{id}/transitions", {
        params: { path: { id }, header: etag ? { "If-Match": etag } : {} },
        body,
      });
      return loaded(unwrap(result), result.response);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(aidRequestKeys.detail(id), saved);
      return refreshAfterChange(queryClient, id);
    },
  });
}

/** Ticks a pièce as received (true) or missing (false). */
export function useSetPieceReceived(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ code, received }: { code: string; received: boolean }) => {
      const params = { params: { path: { id, code } } };
      const result = received
        ? await api.PUT("/api/aid-requests/{id}/pieces/{code}", params)
        : await api.DELETE("/api/aid-requests/{id}/pieces/{code}", params);
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: aidRequestKeys.detail(id) }),
        refreshAfterChange(queryClient, id),
      ]),
  });
}

export function useDocuments(id: string) {
  return useQuery({
    queryKey: aidRequestKeys.documents(id),
    queryFn: async (): Promise<AidDocument[]> =>
      unwrap(await api.GET("/api/aid-requests/{id}/documents", { params: { path: { id } } })),
  });
}

export type UploadVariables = {
  pieceCode: string;
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/**
 * Sends one file for a pièce (multipart), reporting how much has gone; the pièce becomes
 * received. XMLHttpRequest rather than the fetch client: only it reports upload progress.
 */
export function useUploadDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ pieceCode, file, onProgress, signal }: UploadVariables): Promise<AidDocument> => {
      const body = new FormData();
      body.append("pieceCode", pieceCode);
      body.append("file", file, file.name);
      return uploadWithProgress<AidDocument>({
        path: `/api/aid-requests/${encodeURIComponent(id)}/documents`,
        body,
        onProgress,
        signal,
      });
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: aidRequestKeys.detail(id) }),
        refreshAfterChange(queryClient, id),
      ]),
  });
}

export function useDownloadDocument(id: string) {
  return useMutation({
    mutationFn: async (document: AidDocument): Promise<Blob> =>
      unwrap(
        await api.GET("/api/aid-requests/{id}/documents/{documentId}", {
          params: { path: { id, documentId: document.id ?? "" } },
          parseAs: "blob",
        }),
      ) as Blob,
    onSuccess: (blob, document) => saveFile(blob, document.filename ?? "piece"),
  });
}

export function useLetters(id: string) {
  return useQuery({
    queryKey: aidRequestKeys.letters(id),
    queryFn: async (): Promise<LetterView[]> =>
      unwrap(await api.GET("/api/aid-requests/{id}/letters", { params: { path: { id } } })),
  });
}

export function useDownloadLetter(id: string) {
  return useMutation({
    mutationFn: async (letter: LetterView): Promise<Blob> =>
      unwrap(
        await api.GET("/api/aid-requests/{id}/letters/{letterId}", {
          params: { path: { id, letterId: letter.id ?? "" } },
          parseAs: "blob",
        }),
      ) as Blob,
    onSuccess: (blob, letter) => saveFile(blob, letter.filename ?? "courrier.pdf"),
  });
}

export function useLoan(id: string, enabled: boolean) {
  return useQuery({
    queryKey: aidRequestKeys.loan(id),
    queryFn: async () => unwrap(await api.GET("/api/aid-requests/{id}/loan", { params: { path: { id } } })),
    enabled,
  });
}

export function useRecordRepayment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { amountCents: number; paidOn?: string }) =>
      unwrap(await api.POST("/api/aid-requests/{id}/loan/repayments", { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidRequestKeys.loan(id) }),
  });
}
