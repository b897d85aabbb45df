import type { Problem } from "@/lib/api/types";
import type { FieldErrors } from "./beneficiary-draft";
import { fieldLabel } from "./field-labels";

/** The DOM id of the input for a field path: "household[1].lastName" → "beneficiary-household-1-lastName". */
export function fieldId(path: string): string {
  return `beneficiary-${path.replace(/\[(\d+)\]/g, "-$1").replace(/\./g, "-")}`;
}

/** Messages of a problem document by the exact JSON path the server gave. */
export function errorsByPath(problem: Problem | undefined): FieldErrors {
  const byPath: FieldErrors = {};
  for (const error of problem?.errors ?? []) {
    if (!error.field || !error.message) continue;
    const previous = byPath[error.field];
    if (previous === undefined) byPath[error.field] = error.message;
    else if (!previous.includes(error.message)) byPath[error.field] = `${previous} ${error.message}`;
  }
  return byPath;
}

/**
 * The field of the form that shows an error at `path`: the field itself, else the
 * first field inside it ("residencePermit" → "residencePermit.type"), else its parent
 * ("firstNames[2]" → "firstNames"). Undefined when the form has no such field.
 */
export function nearestField(path: string, fields: readonly string[]): string | undefined {
  let candidate = path;
  for (;;) {
    if (fields.includes(candidate)) return candidate;
    const inside = fields.find((field) => field.startsWith(`${candidate}.`) || field.startsWith(`${candidate}[`));
    if (inside) return inside;
    const cut = Math.max(candidate.lastIndexOf("."), candidate.lastIndexOf("["));
    if (cut <= 0) return undefined;
    candidate = candidate.slice(0, cut);
  }
}

export type SummaryItem = { field: string | undefined; label: string; message: string };

export type PlacedErrors = {
  /** Message to show under each field of the form. */
  byField: FieldErrors;
  /** Every error, in the order of the page, for the summary at the top. */
  summary: SummaryItem[];
};

/** Puts each error at its field and lists them all, in page order, for the error summary. */
export function placeErrors(errors: FieldErrors, fields: readonly string[]): PlacedErrors {
  const byField: FieldErrors = {};
  const summary: (SummaryItem & { order: number })[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const field = nearestField(path, fields);
    if (field !== undefined) {
      const previous = byField[field];
      byField[field] = previous === undefined || previous.includes(message) ? message : `${previous} ${message}`;
    }
    summary.push({
      field,
      label: fieldLabel(path),
      message,
      order: field === undefined ? Number.MAX_SAFE_INTEGER : fields.indexOf(field),
    });
  }
  summary.sort((a, b) => a.order - b.order);
  return { byField, summary: summary.map(({ field, label, message }) => ({ field, label, message })) };
}

/** Moves keyboard focus to the input of a field (or the first control inside it). */
export function focusField(path: string): void {
  const element = document.getElementById(fieldId(path));
  if (!element) return;
  const target = element.matches("input, select, textarea, button")
    ? element
    : element.querySelector<HTMLElement>("input, select, textarea, button");
  (target ?? element).focus();
  (target ?? element).scrollIntoView?.({ block: "center" });
}

/**
 * Focuses the control of a field named by a dossier (e.g. "familySituation", "gir.assessor"),
 * or, for a list or a group ("household", "residencePermit"), its first control or its section.
 */
export function focusFieldOrSection(path: string): void {
  const candidates = [path, `${path}.type`, `${path}.name`, `${path}[0]`];
  for (const candidate of candidates) {
    if (document.getElementById(fieldId(candidate))) {
      focusField(candidate);
      return;
    }
  }
  const prefix = fieldId(path);
  const first = document.querySelector<HTMLElement>(`[id^="${prefix}-"] , [id^="${prefix}"]`);
  if (first) {
    const target = first.matches("input, select, textarea, button")
      ? first
      : (first.querySelector<HTMLElement>("input, select, textarea, button") ?? first);
    target.focus();
    target.scrollIntoView?.({ block: "center" });
  }
}
