import { toApiError } from "./problem";

type FetchResult = { data?: unknown; error?: unknown; response: Response };

/** The data of a successful call; throws an ApiError otherwise (for TanStack Query). */
export function unwrap<R extends FetchResult>(result: R): NonNullable<R["data"]> {
  if (result.error !== undefined || !result.response.ok || result.data === undefined) {
    throw toApiError(result.error, result.response);
  }
  return result.data as NonNullable<R["data"]>;
}
