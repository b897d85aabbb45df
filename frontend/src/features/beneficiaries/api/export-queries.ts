import { useMutation } from "@tanstack/react-query";
import { api } from "@/lib/api/client";
import { unwrap } from "@/lib/api/unwrap";
import { saveFile } from "@/lib/download";

export type ExportFormat = "pdf" | "json";

/** All the data held on a person (RGPD, right of access), as a readable PDF or as JSON; each export is logged. */
export function useExportBeneficiary(id: string) {
  return useMutation({
    mutationFn: async (format: ExportFormat): Promise<Blob> => {
      const params = { path: { id } };
      const result =
        format === "pdf"
          ? await api.GET("/api/beneficiaries/{id}/export/pdf", { params, parseAs: "blob" })
          : await api.GET("/api/beneficiaries/{id}/export", { params, parseAs: "blob" });
      return unwrap(result);
    },
    onSuccess: (blob, format) => saveFile(blob, `donnees-personnelles-${id}.${format}`),
  });
}
