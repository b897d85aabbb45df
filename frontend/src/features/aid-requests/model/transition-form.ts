import type { RequestAction, TransitionRequest } from "../api/types";
import { eurosToCents } from "@/lib/format/money";

/** The fields of an action's form; all typed as text, as the inputs hold them. */
export type TransitionField =
  | "date"
  | "comment"
  | "avis"
  | "motivation"
  | "amount"
  | "decision"
  | "effectiveOn"
  | "paymentMethod"
  | "paymentReference"
  | "installments"
  | "closedReason"
  | "budgetOverrideReason";

export type TransitionValues = Partial<Record<TransitionField, string>>;

/** What each action asks for, in the order the form shows it. */
export const actionFields: Record<RequestAction, readonly TransitionField[]> = {
  DEPOSER: ["date", "comment"],
  DECLARER_INCOMPLETE: ["comment"],
  DECLARER_COMPLETE: ["comment"],
  RENDRE_AVIS: ["avis", "motivation"],
  TRANSMETTRE: ["date", "comment"],
  ENREGISTRER_DECISION: ["decision", "date", "effectiveOn", "amount", "motivation"],
  CLORE: ["comment"],
  INSTRUIRE: ["amount", "comment"],
  INSCRIRE_EN_COMMISSION: ["comment"],
  ACCORDER: ["amount", "date", "budgetOverrideReason"],
  REFUSER: ["motivation", "date"],
  VERSER: ["paymentMethod", "paymentReference", "date", "installments"],
  CLASSER_SANS_SUITE: ["closedReason", "comment"],
};

/** The server's name of a field (422 errors[].field) → the form's field. */
export function formFieldOf(serverField: string): TransitionField | undefined {
  if (serverField === "amountCents") return "amount";
  const known: readonly string[] = [
    "date",
    "comment",
    "avis",
    "motivation",
    "decision",
    "effectiveOn",
    "paymentMethod",
    "paymentReference",
    "installments",
    "closedReason",
    "budgetOverrideReason",
  ];
  return known.includes(serverField) ? (serverField as TransitionField) : undefined;
}

export type BuiltTransition = { body: TransitionRequest; errors: Partial<Record<TransitionField, string>> };

/**
 * The body of POST /transitions for an action: only the fields the action takes,
 * blanks left out (the server then applies its defaults: today, the barème…).
 */
export function buildTransition(action: RequestAction, values: TransitionValues): BuiltTransition {
  const body: TransitionRequest = { action };
  const errors: Partial<Record<TransitionField, string>> = {};
  for (const field of actionFields[action]) {
    const value = values[field]?.trim() ?? "";
    if (value === "") continue;
    switch (field) {
      case "amount": {
        const cents = eurosToCents(value);
        if (cents === null) errors.amount = "Indiquez un montant en euros, par exemple 150 ou 150,50.";
        else body.amountCents = cents;
        break;
      }
      case "installments": {
        const count = Number(value);
        if (!Number.isInteger(count) || count < 1) errors.installments = "Indiquez un nombre entier de mensualités.";
        else body.installments = count;
        break;
      }
      default:
        body[field] = value;
    }
  }
  return { body, errors };
}
