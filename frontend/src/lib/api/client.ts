import createClient from "openapi-fetch";
import { endSession, getSession, startSession } from "@/lib/auth/session-store";
import { createAuthMiddleware } from "./auth-middleware";
import type { paths } from "./schema";

/**
 * The one client for the Entraide API. Same origin only: the refresh token is
 * an httpOnly cookie scoped to /api/auth that the browser sends by itself.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? "",
  credentials: "same-origin",
  // Resolved at call time so tests can replace fetch at the network boundary.
  fetch: (request) => globalThis.fetch(request),
});

let refreshing: Promise<boolean> | null = null;

/**
 * Asks for a new access token with the refresh cookie. Concurrent callers share
 * one request: the server rotates the refresh token, so two would race.
 * Resolves true when a session is open afterwards.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= renew().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function renew(): Promise<boolean> {
  try {
    const { data } = await api.POST("/api/auth/refresh");
    if (data) {
      startSession(data);
      return true;
    }
  } catch {
    // No answer (network down): treated like a refused refresh.
  }
  // At start-up a refused refresh simply means nobody is signed in; later on,
  // the caller decides what a failed renewal means.
  if (getSession().status === "pending") endSession("none");
  return false;
}

api.use(createAuthMiddleware(refreshSession));
