import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { components } from "@/lib/api/schema";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";

export type NotificationView = components["schemas"]["NotificationView"];

export const notificationKeys = {
  all: ["notifications"] as const,
  unread: ["notifications", "unread-count"] as const,
  lists: ["notifications", "list"] as const,
  list: (unreadOnly: boolean, page: number) => ["notifications", "list", { unreadOnly, page }] as const,
};

/** How often the header asks for new notifications (a département's decision arrives at any time). */
const pollEvery = 60_000;

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async () => unwrap(await api.GET("/api/notifications/unread-count")).unread ?? 0,
    enabled,
    staleTime: 15_000,
    refetchInterval: pollEvery,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(unreadOnly: boolean, page: number, size = 20) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly, page),
    queryFn: async () =>
      unwrap(await api.GET("/api/notifications", { params: { query: { unreadOnly, page, size } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/**
 * A notification says something changed elsewhere: the request or orientation it
 * points to is re-read (keys of the aid-request and orientation screens).
 */
function refreshTargets(queryClient: ReturnType<typeof useQueryClient>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    queryClient.invalidateQueries({ queryKey: ["aid-requests"] }),
    queryClient.invalidateQueries({ queryKey: ["orientations"] }),
  ]);
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      const result = await api.POST("/api/notifications/{id}/read", { params: { path: { id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => refreshTargets(queryClient),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST("/api/notifications/read-all")),
    onSuccess: (count) => {
      queryClient.setQueryData(notificationKeys.unread, count.unread ?? 0);
      return refreshTargets(queryClient);
    },
  });
}
