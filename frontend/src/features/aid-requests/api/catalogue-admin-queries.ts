import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import type { AidTypeInput } from "../model/aid-type-draft";
import { aidRequestKeys } from "./aid-requests-queries";
import { commissionKeys } from "./commission-queries";
import type { AidType, BudgetLine } from "./types";

/** Adds an aid to the catalogue (id absent) or changes one; the catalogue is read again. */
export function useSaveAidType(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: AidTypeInput): Promise<AidType> =>
      id === undefined
        ? unwrap(await api.POST("/api/admin/catalogue", { body }))
        : unwrap(await api.PUT("/api/admin/catalogue/{id}", { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidRequestKeys.catalogue }),
  });
}

/** The amount the board voted for one facultative aid in one year. */
export function useVoteBudget(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ aidTypeId, votedCents }: { aidTypeId: string; votedCents: number }): Promise<BudgetLine> =>
      unwrap(
        await api.PUT("/api/admin/budget/{year}/{aidTypeId}", {
          params: { path: { year, aidTypeId } },
          body: { votedCents },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionKeys.budget(year) }),
  });
}
