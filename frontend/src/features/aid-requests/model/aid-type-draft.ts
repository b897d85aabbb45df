import type { components } from "@/lib/api/schema";
import { centsToEuroInput, eurosToCents } from "@/lib/format/money";
import type { AidKind, AidType } from "../api/types";

type Schemas = components["schemas"];
export type AidTypeInput = Schemas["AidTypeInput"];
export type Basis = Schemas["Basis"];

/** An aid of the catalogue as its form holds it: every value as typed. */
export type AidTypeDraft = {
  code: string;
  label: string;
  kind: AidKind;
  legalFamily: string;
  ceiling: string;
  frequencyMonths: string;
  basis: "" | Basis;
  brackets: { upTo: string; amount: string }[];
  pieces: { code: string; label: string; required: boolean }[];
  active: boolean;
};

/** Messages by the server's JSON path ("ceilingCents", "pieces[1].code", "scale.brackets[0].upToCents"). */
export type AidTypeErrors = Record<string, string>;

export const legalFamilyLabels: Record<string, string> = {
  APA_DOMICILE: "APA à domicile",
  APA_ETABLISSEMENT: "APA en établissement",
  ASH_PA: "ASH — personnes âgées",
  ASH_PH: "ASH — personnes handicapées",
  AIDE_MENAGERE: "Aide ménagère",
  AUTRE: "Autre aide légale",
};

export const basisLabels: Record<Basis, string> = {
  RESTE_A_VIVRE_JOUR: "Reste à vivre par jour et par personne",
  QUOTIENT_FAMILIAL: "Quotient familial",
};

export function emptyDraft(kind: AidKind = "FACULTATIVE"): AidTypeDraft {
  return {
    code: "",
    label: "",
    kind,
    legalFamily: "",
    ceiling: "",
    frequencyMonths: "",
    basis: "",
    brackets: [],
    pieces: [],
    active: true,
  };
}

function isBasis(value: unknown): value is Basis {
  return value === "RESTE_A_VIVRE_JOUR" || value === "QUOTIENT_FAMILIAL";
}

/** The scale comes as free JSON (JsonNode in the contract): read only what a barème has. */
function readScale(scale: unknown): Pick<AidTypeDraft, "basis" | "brackets"> {
  if (typeof scale !== "object" || scale === null) return { basis: "", brackets: [] };
  const { basis, brackets } = scale as { basis?: unknown; brackets?: unknown };
  const rows = Array.isArray(brackets) ? (brackets as { upToCents?: unknown; amountCents?: unknown }[]) : [];
  return {
    basis: isBasis(basis) ? basis : "",
    brackets: rows.map((row) => ({
      upTo: typeof row.upToCents === "number" ? centsToEuroInput(row.upToCents) : "",
      amount: typeof row.amountCents === "number" ? centsToEuroInput(row.amountCents) : "",
    })),
  };
}

export function draftFromAidType(type: AidType): AidTypeDraft {
  return {
    code: type.code ?? "",
    label: type.label ?? "",
    kind: type.kind ?? "FACULTATIVE",
    legalFamily: type.legalFamily ?? "",
    ceiling: centsToEuroInput(type.ceilingCents),
    frequencyMonths: type.frequencyMonths === undefined || type.frequencyMonths === null ? "" : String(type.frequencyMonths),
    ...readScale(type.scale),
    pieces: (type.pieces ?? []).map((p) => ({ code: p.code ?? "", label: p.label ?? "", required: p.required ?? false })),
    active: type.active ?? true,
  };
}

const amountMessage = "Indiquez un montant en euros, par exemple 300 ou 150,50.";

/**
 * The body of POST/PUT /api/admin/catalogue: what is blank is left out, amounts become cents.
 * Only what the form can tell (unreadable amounts, a barème without brackets) is checked here;
 * the server judges the rest and its messages come back at the same paths.
 */
export function draftToInput(draft: AidTypeDraft): { input: AidTypeInput; errors: AidTypeErrors } {
  const errors: AidTypeErrors = {};
  const input: AidTypeInput = {
    code: draft.code.trim().toUpperCase(),
    label: draft.label.trim(),
    kind: draft.kind,
    pieces: draft.pieces.map((p) => ({ code: p.code.trim().toUpperCase(), label: p.label.trim(), required: p.required })),
    active: draft.active,
  };
  if (draft.kind === "LEGAL") {
    if (draft.legalFamily) input.legalFamily = draft.legalFamily;
  } else {
    const ceiling = draft.ceiling.trim();
    if (ceiling) {
      const cents = eurosToCents(ceiling);
      if (cents === null) errors.ceilingCents = amountMessage;
      else input.ceilingCents = cents;
    }
    const months = draft.frequencyMonths.trim();
    if (months) {
      const count = Number(months);
      if (!/^\d+$/.test(months)) errors.frequencyMonths = "Indiquez un nombre entier de mois, par exemple 12.";
      else input.frequencyMonths = count;
    }
    if (draft.basis) {
      if (draft.brackets.length === 0) errors["scale.brackets"] = "Ajoutez au moins une tranche au barème.";
      const brackets = draft.brackets.map((row, index) => {
        const upToCents = eurosToCents(row.upTo);
        const amountCents = eurosToCents(row.amount);
        if (upToCents === null) errors[`scale.brackets[${index}].upToCents`] = amountMessage;
        if (amountCents === null) errors[`scale.brackets[${index}].amountCents`] = amountMessage;
        return { upToCents: upToCents ?? 0, amountCents: amountCents ?? 0 };
      });
      input.scale = { basis: draft.basis, brackets };
    }
  }
  return { input, errors };
}

/** The server's field messages by exact path; several for one path are joined. */
export function errorsByPath(errors: readonly { field?: string; message?: string }[] | undefined): AidTypeErrors {
  const byPath: AidTypeErrors = {};
  for (const error of errors ?? []) {
    if (!error.field || !error.message) continue;
    const previous = byPath[error.field];
    byPath[error.field] = previous === undefined || previous.includes(error.message) ? error.message : `${previous} ${error.message}`;
  }
  return byPath;
}
