import { endSession, getAccessToken } from "@/lib/auth/session-store";
import { refreshSession } from "./client";
import { ApiError } from "./problem";
import type { Problem } from "./types";

/** How far the browser has sent a file: percent is null while the size is unknown. */
export type UploadProgress = { loaded: number; total: number | null; percent: number | null };

export type UploadOptions = {
  /** Same-origin path, e.g. /api/aid-requests/{id}/documents. */
  path: string;
  body: FormData;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it cancels the upload; the promise then rejects with an UploadCancelled. */
  signal?: AbortSignal;
};

/** The agent cancelled the upload: not an error to show. */
export class UploadCancelled extends Error {
  constructor() {
    super("Envoi annulé.");
    this.name = "UploadCancelled";
  }
}

/** Whole percent sent, never above 100; null when the browser does not know the size. */
export function percentOf(loaded: number, total: number | null): number | null {
  if (total === null || total <= 0) return null;
  return Math.min(100, Math.max(0, Math.floor((loaded / total) * 100)));
}

type Answer = { status: number; text: string };

function send(options: UploadOptions, token: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let lastTotal: number | null = null;
    const report = (loaded: number, total: number | null) => {
      lastTotal = total;
      options.onProgress?.({ loaded, total, percent: percentOf(loaded, total) });
    };
    const onAbort = () => xhr.abort();

    xhr.open("POST", options.path);
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Accept", "application/json, application/problem+json");
    // Upload listeners must be in place before send() for the browser to report progress.
    xhr.upload.addEventListener("progress", (event) =>
      report(event.loaded, event.lengthComputable ? event.total : null),
    );
    // The whole body has gone (small files may get no progress event before this one).
    xhr.upload.addEventListener("load", () =>
      options.onProgress?.({ loaded: lastTotal ?? 0, total: lastTotal, percent: 100 }),
    );
    xhr.addEventListener("load", () => {
      options.signal?.removeEventListener("abort", onAbort);
      resolve({ status: xhr.status, text: xhr.responseText });
    });
    xhr.addEventListener("error", () => {
      options.signal?.removeEventListener("abort", onAbort);
      // Same error as fetch without an answer: errorMessage() says the service does not respond.
      reject(new TypeError("Failed to fetch"));
    });
    xhr.addEventListener("abort", () => reject(new UploadCancelled()));

    if (options.signal?.aborted) {
      reject(new UploadCancelled());
      return;
    }
    options.signal?.addEventListener("abort", onAbort, { once: true });
    xhr.send(options.body);
  });
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Sends a multipart form with XMLHttpRequest, which (unlike fetch) reports how much of the
 * body has gone, and answers like the API client: the parsed JSON, or an ApiError with the
 * problem document. A 401 renews the access token once through the refresh cookie and sends
 * again, as the client's middleware does for fetch calls.
 */
export async function uploadWithProgress<T>(options: UploadOptions): Promise<T> {
  const token = getAccessToken();
  let answer = await send(options, token);
  if (answer.status === 401) {
    const current = getAccessToken();
    const renewed = current !== null && current !== token ? true : await refreshSession();
    const next = getAccessToken();
    if (!renewed || next === null) {
      endSession("expired");
    } else {
      options.onProgress?.({ loaded: 0, total: null, percent: 0 });
      answer = await send(options, next);
    }
  }
  const body = parse(answer.text);
  if (answer.status < 200 || answer.status >= 300 || body === undefined) {
    const problem: Problem =
      typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Problem) : { status: answer.status };
    throw new ApiError(answer.status, problem);
  }
  return body as T;
}
