import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import type { CreateOrientation, Orientation, OrientationRecipient, OrientationStatus } from "./types";

export type OrientationSearch = { status?: OrientationStatus; beneficiaryId?: string; page: number; size: number };

export const orientationKeys = {
  all: ["orientations"] as const,
  lists: ["orientations", "list"] as const,
  list: (search: OrientationSearch) => ["orientations", "list", search] as const,
  detail: (id: string) => ["orientations", "detail", id] as const,
  recipients: ["orientations", "recipients"] as const,
};

export function useOrientations(search: OrientationSearch) {
  return useQuery({
    queryKey: orientationKeys.list(search),
    queryFn: async () => unwrap(await api.GET("/api/orientations", { params: { query: search } })),
    placeholderData: keepPreviousData,
  });
}

export function useOrientation(id: string) {
  return useQuery({
    queryKey: orientationKeys.detail(id),
    queryFn: async (): Promise<Orientation> => unwrap(await api.GET("/api/orientations/{id}", { params: { path: { id } } })),
  });
}

export function useRecipients() {
  return useQuery({
    queryKey: orientationKeys.recipients,
    queryFn: async (): Promise<OrientationRecipient[]> => unwrap(await api.GET("/api/orientations/recipients")),
    staleTime: 5 * 60_000,
  });
}

export function useCreateOrientation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateOrientation): Promise<Orientation> => unwrap(await api.POST("/api/orientations", { body })),
    onSuccess: (created) => {
      if (created.id) queryClient.setQueryData(orientationKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: orientationKeys.lists });
    },
  });
}

/** The person the orientation is about, for the form's title. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: ["beneficiaries", "detail", id, "orientation"] as const,
    queryFn: async () => unwrap(await api.GET("/api/beneficiaries/{id}", { params: { path: { id } } })),
  });
}
