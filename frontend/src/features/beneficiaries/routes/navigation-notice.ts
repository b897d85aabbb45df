import type { FieldError } from "@/lib/api/types";

/** What the form tells the record's page after saving: what happened and the server's warnings. */
export type NavigationNotice = { kind: "created" | "saved"; warnings: FieldError[] };

export function navigationState(notice: NavigationNotice, listSearch?: string) {
  return { notice, listSearch };
}

/** The notice carried by the router's location state, if it is one. */
export function readNavigationNotice(state: unknown): NavigationNotice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  const notice = (state as { notice?: unknown }).notice;
  if (typeof notice !== "object" || notice === null) return null;
  const { kind, warnings } = notice as { kind?: unknown; warnings?: unknown };
  if (kind !== "created" && kind !== "saved") return null;
  return { kind, warnings: Array.isArray(warnings) ? (warnings as FieldError[]) : [] };
}

/** The list's search the agent came from, to go back to it. */
export function readListSearch(state: unknown): string {
  if (typeof state !== "object" || state === null || !("listSearch" in state)) return "";
  const search = (state as { listSearch?: unknown }).listSearch;
  return typeof search === "string" && search.startsWith("?") ? search : "";
}
