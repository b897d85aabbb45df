import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import type {
  CreatePartnerClient,
  DeliveryDetail,
  DeliveryStatus,
  PartnerClient,
  PartnerClientCreated,
  Webhook,
  WebhookCreated,
} from "./types";

export const partnerKeys = {
  all: ["admin", "partners"] as const,
  webhooks: (id: string) => ["admin", "partners", id, "webhooks"] as const,
  deliveries: (id: string) => ["admin", "partners", id, "deliveries"] as const,
  deliveryList: (id: string, status: DeliveryStatus | undefined, page: number) =>
    ["admin", "partners", id, "deliveries", "list", { status, page }] as const,
  delivery: (id: string, deliveryId: string) => ["admin", "partners", id, "deliveries", "detail", deliveryId] as const,
};

export function usePartners() {
  return useQuery({
    queryKey: partnerKeys.all,
    queryFn: async (): Promise<PartnerClient[]> => unwrap(await api.GET("/api/admin/partners")),
  });
}

/**
 * The secrets these calls return are shown once: callers take them out of the
 * mutation (reset()) as soon as they hold them, and gcTime 0 drops the finished
 * mutation from the cache at once, so no cache keeps them.
 */
const forgetSecrets = { gcTime: 0 } as const;

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    ...forgetSecrets,
    mutationFn: async (body: CreatePartnerClient): Promise<PartnerClientCreated> =>
      unwrap(await api.POST("/api/admin/partners", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}

export function useRotateSecret(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...forgetSecrets,
    mutationFn: async (): Promise<PartnerClientCreated> =>
      unwrap(await api.POST("/api/admin/partners/{id}/secret", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}

function usePartnerChange(id: string, call: (id: string) => Promise<PartnerClient>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
  });
}

export function useRetirePreviousSecret(id: string) {
  return usePartnerChange(id, async (partner) =>
    unwrap(await api.POST("/api/admin/partners/{id}/secret/retire-previous", { params: { path: { id: partner } } })),
  );
}

export function useSetPartnerEnabled(id: string, enabled: boolean) {
  return usePartnerChange(id, async (partner) =>
    enabled
      ? unwrap(await api.POST("/api/admin/partners/{id}/enable", { params: { path: { id: partner } } }))
      : unwrap(await api.POST("/api/admin/partners/{id}/disable", { params: { path: { id: partner } } })),
  );
}

export function useWebhooks(id: string) {
  return useQuery({
    queryKey: partnerKeys.webhooks(id),
    queryFn: async (): Promise<Webhook[]> =>
      unwrap(await api.GET("/api/admin/partners/{id}/webhooks", { params: { path: { id } } })),
  });
}

export function useRegisterWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...forgetSecrets,
    mutationFn: async (url: string): Promise<WebhookCreated> =>
      unwrap(await api.POST("/api/admin/partners/{id}/webhooks", { params: { path: { id } }, body: { url } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnerKeys.webhooks(id) }),
        queryClient.invalidateQueries({ queryKey: partnerKeys.deliveries(id) }),
      ]),
  });
}

export function useRemoveWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (webhookId: string) => {
      const result = await api.DELETE("/api/admin/partners/{id}/webhooks/{webhookId}", {
        params: { path: { id, webhookId } },
      });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnerKeys.webhooks(id) }),
        queryClient.invalidateQueries({ queryKey: partnerKeys.deliveries(id) }),
      ]),
  });
}

export function useDeliveries(id: string, status: DeliveryStatus | undefined, page: number, size = 20) {
  return useQuery({
    queryKey: partnerKeys.deliveryList(id, status, page),
    queryFn: async () =>
      unwrap(
        await api.GET("/api/admin/partners/{id}/deliveries", {
          params: { path: { id }, query: { page, size, ...(status ? { status } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
}

export function useDelivery(id: string, deliveryId: string, enabled: boolean) {
  return useQuery({
    queryKey: partnerKeys.delivery(id, deliveryId),
    queryFn: async (): Promise<DeliveryDetail> =>
      unwrap(
        await api.GET("/api/admin/partners/{id}/deliveries/{deliveryId}", { params: { path: { id, deliveryId } } }),
      ),
    enabled,
    staleTime: 5_000,
  });
}

export function useReplayDelivery(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (deliveryId: string) =>
      unwrap(
        await api.POST("/api/admin/partners/{id}/deliveries/{deliveryId}/replay", {
          params: { path: { id, deliveryId } },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnerKeys.deliveries(id) }),
        queryClient.invalidateQueries({ queryKey: partnerKeys.webhooks(id) }),
      ]),
  });
}
