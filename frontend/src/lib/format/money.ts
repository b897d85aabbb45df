/**
 * Amounts are typed in euros ("1 234,56", "1234.5", "850 €") and travel in cents:
 * integer arithmetic on the digits, never a float multiplication that would turn
 * 19,99 € into 1998 cents.
 */
export function eurosToCents(typed: string): number | null {
  const compact = typed.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const [, units = "0", decimals = ""] = match;
  return Number(units) * 100 + Number(decimals.padEnd(2, "0"));
}

/** Cents as the agent would type them back: "850", "1234,56" (no grouping, French comma). */
export function centsToEuroInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs % 100;
  return rest === 0 ? `${sign}${units}` : `${sign}${units},${String(rest).padStart(2, "0")}`;
}

const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** Cents for reading: "1 234,56 €". */
export function formatCents(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "—";
  return euroFormat.format(cents / 100);
}
