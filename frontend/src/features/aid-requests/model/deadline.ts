import type { AidRequestSummary } from "../api/types";
import type { BadgeSeverity } from "./vocabulary";

export type DeadlineBadge = { text: string; severity: BadgeSeverity; title: string };

type DeadlineFacts = { daysLeft?: number | null; overdue?: boolean | null; alert?: boolean | null };

const days = (n: number) => `${n} jour${n > 1 ? "s" : ""}`;

/**
 * The one-month transmission deadline of legal aid (L131-1 CASF) as a badge: "J-8",
 * orange from the alert day (filing + 20 days), red and counted once it has passed.
 */
export function deadlineBadge({ daysLeft, overdue, alert }: DeadlineFacts): DeadlineBadge | null {
  if (daysLeft === undefined || daysLeft === null) return null;
  if (overdue || daysLeft < 0) {
    const late = Math.max(1, -daysLeft);
    return { text: `En retard de ${days(late)}`, severity: "error", title: `Transmission en retard de ${days(late)}` };
  }
  const text = daysLeft === 0 ? "Jour J" : `J-${daysLeft}`;
  const title = daysLeft === 0 ? "Transmission à faire aujourd'hui" : `Transmission dans ${days(daysLeft)}`;
  return { text, severity: alert ? "warning" : "info", title };
}

/** Late requests first, then the nearest deadlines; rows without a deadline keep their order at the end. */
export function byUrgency(rows: readonly AidRequestSummary[]): AidRequestSummary[] {
  const rank = (row: AidRequestSummary) =>
    row.daysLeft === undefined || row.daysLeft === null ? Number.POSITIVE_INFINITY : row.overdue ? Math.min(row.daysLeft, -1) : row.daysLeft;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}
