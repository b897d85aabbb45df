import { useSyncExternalStore } from "react";
import type { Me, TokenResponse } from "@/lib/api/types";

/**
 * Who is signed in. The access token lives here, in memory only: it is never
 * written to localStorage, so a script injected into the page cannot read it
 * after a reload. A reload restores the session through the refresh cookie.
 * `me` arrives with every token and changes only when the token does.
 */
export type Session =
  | { status: "pending" }
  | { status: "anonymous"; reason: AnonymousReason }
  | { status: "authenticated"; accessToken: string; me: Me };

/** Why nobody is signed in: the login page words its message after it. */
export type AnonymousReason = "none" | "expired" | "logout";

type Listener = () => void;

let session: Session = { status: "pending" };
const listeners = new Set<Listener>();

function publish(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

export function getSession(): Session {
  return session;
}

export function getAccessToken(): string | null {
  return session.status === "authenticated" ? session.accessToken : null;
}

export function startSession(token: TokenResponse): void {
  if (!token.accessToken || !token.me) {
    throw new Error("Réponse d'authentification incomplète.");
  }
  publish({ status: "authenticated", accessToken: token.accessToken, me: token.me });
}

export function endSession(reason: AnonymousReason): void {
  publish({ status: "anonymous", reason });
}

export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useSession(): Session {
  return useSyncExternalStore(subscribeToSession, getSession, getSession);
}

/** The signed-in agent; only for components rendered behind the auth guard. */
export function useMe(): Me {
  const current = useSession();
  if (current.status !== "authenticated") {
    throw new Error("useMe() appelé hors d'une session ouverte.");
  }
  return current.me;
}

/** Back to the state of a fresh page load; for tests. */
export function resetSessionForTests(): void {
  session = { status: "pending" };
  listeners.clear();
}
