import type { Candidate } from "../api/types";

/** The ready requests for one recipient département: one bordereau gathers requests of one département only. */
export type DepartementGroup = {
  departement: string;
  candidates: Candidate[];
  /** Days left before the most urgent transmission deadline of the group; null when none is known. */
  mostUrgent: number | null;
};

function urgency(candidate: Candidate): number {
  return candidate.daysLeft ?? Number.POSITIVE_INFINITY;
}

/** "01" < "2A" < "2B" < "21" < "974": the order of the official list, not of the strings. */
function departementOrder(code: string): number {
  if (code === "2A") return 20.1;
  if (code === "2B") return 20.2;
  const n = Number.parseInt(code, 10);
  return Number.isNaN(n) ? Number.POSITIVE_INFINITY : n;
}

/**
 * Groups the ready requests by recipient département. The most pressing group comes
 * first (its nearest deadline), then by département number; within a group, the
 * nearest deadline first. The sort is stable: equal deadlines keep the server's order.
 */
export function groupByDepartement(candidates: readonly Candidate[]): DepartementGroup[] {
  const byCode = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const code = candidate.departement ?? "";
    const group = byCode.get(code);
    if (group) group.push(candidate);
    else byCode.set(code, [candidate]);
  }
  const groups = [...byCode.entries()].map(([departement, list]) => {
    const sorted = [...list].sort((a, b) => urgency(a) - urgency(b));
    const first = sorted[0];
    const mostUrgent = first?.daysLeft ?? null;
    return { departement, candidates: sorted, mostUrgent };
  });
  return groups.sort((a, b) => {
    const byUrgency = (a.mostUrgent ?? Number.POSITIVE_INFINITY) - (b.mostUrgent ?? Number.POSITIVE_INFINITY);
    if (byUrgency !== 0 && !Number.isNaN(byUrgency)) return byUrgency;
    return departementOrder(a.departement) - departementOrder(b.departement);
  });
}

/** The selected requests of one group, in the group's order (the bordereau's line order). */
export function selectedOf(group: DepartementGroup, selected: ReadonlySet<string>): string[] {
  return group.candidates.flatMap((c) => (c.requestId && selected.has(c.requestId) ? [c.requestId] : []));
}

/** Selects every request of the group, or none if all were selected already. */
export function toggleGroup(group: DepartementGroup, selected: ReadonlySet<string>): Set<string> {
  const ids = group.candidates.flatMap((c) => (c.requestId ? [c.requestId] : []));
  const next = new Set(selected);
  const allSelected = ids.length > 0 && ids.every((id) => next.has(id));
  for (const id of ids) {
    if (allSelected) next.delete(id);
    else next.add(id);
  }
  return next;
}

export function toggleOne(selected: ReadonlySet<string>, id: string, checked: boolean): Set<string> {
  const next = new Set(selected);
  if (checked) next.add(id);
  else next.delete(id);
  return next;
}

/** Keeps only the selected requests that are still ready (a refetch may drop some). */
export function keepAvailable(selected: ReadonlySet<string>, candidates: readonly Candidate[]): Set<string> {
  const available = new Set(candidates.flatMap((c) => (c.requestId ? [c.requestId] : [])));
  return new Set([...selected].filter((id) => available.has(id)));
}

export function departementLabel(code: string): string {
  return code ? `Département ${code}` : "Département inconnu";
}
