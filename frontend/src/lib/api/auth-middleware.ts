import type { Middleware } from "openapi-fetch";
import { endSession, getAccessToken } from "@/lib/auth/session-store";

/** Login, refresh and logout answer 401 for their own reasons: never retried. */
export function isAuthEndpoint(url: string): boolean {
  return new URL(url, "http://localhost").pathname.startsWith("/api/auth/");
}

type Sent = { copy: Request; token: string | null };

/**
 * Adds the bearer token to every call. When a call other than /api/auth/* is
 * refused with 401 (the access token expired), renews the token once through
 * the refresh cookie and replays the call; if renewal fails the session ends,
 * which sends the agent to the login page.
 */
export function createAuthMiddleware(refresh: () => Promise<boolean>): Middleware {
  // A copy of each request taken before fetch consumes its body, to replay it.
  const sent = new Map<string, Sent>();

  return {
    onRequest({ request, id }) {
      const token = getAccessToken();
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
      if (!isAuthEndpoint(request.url)) sent.set(id, { copy: request.clone(), token });
      return request;
    },

    async onResponse({ response, id, options }) {
      const original = sent.get(id);
      sent.delete(id);
      if (response.status !== 401 || original === undefined) return undefined;

      // Another call may already have renewed the token while this one was in flight.
      const current = getAccessToken();
      const renewed = current !== null && current !== original.token ? true : await refresh();
      const token = getAccessToken();
      if (!renewed || token === null) {
        endSession("expired");
        return undefined;
      }
      const retry = new Request(original.copy);
      retry.headers.set("Authorization", `Bearer ${token}`);
      return options.fetch(retry);
    },

    onError({ id }) {
      sent.delete(id);
      return undefined;
    },
  };
}
