import { ApiError, errorMessage } from "@/lib/api/problem";

export const maxUploadBytes = 10 * 1024 * 1024;
const acceptedTypes = ["application/pdf", "image/jpeg", "image/png"];
export const acceptAttribute = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

const wrongType = "Ce type de fichier n'est pas accepté : envoyez un PDF, un JPEG ou un PNG.";
const tooLarge = "Le fichier dépasse 10 Mo : réduisez-le (numérisation en noir et blanc, 150 ppp) puis réessayez.";

/** What is wrong with a file before sending it, or null; the server checks again (415, 413). */
export function checkFile(file: File): string | null {
  if (file.type && !acceptedTypes.includes(file.type)) return wrongType;
  if (file.size > maxUploadBytes) return tooLarge;
  return null;
}

/** The French sentence for a failed upload. */
export function uploadErrorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 415) return wrongType;
    if (error.status === 413) return tooLarge;
  }
  return errorMessage(error);
}

/** "42 %" with the French non-breaking space. */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}\u00a0%`;
}
