import type { BeneficiaryInput, ContactPerson, Nationality, Sex } from "../api/types";
import type { BeneficiaryDraft, ContactDraft, DraftContext, FieldErrors } from "./beneficiary-draft";
import { eurosToCents } from "@/lib/format/money";

/** A trimmed value, or nothing: the API treats an absent field as "not known". */
function opt(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function optEnum<T extends string>(value: T | ""): T | undefined {
  return value === "" ? undefined : value;
}

/**
 * A part of the record as typed, possibly incomplete. It is sent as it is: the server
 * names each missing field in its 422 answer, at the right path.
 */
function partial<T>(value: { [K in keyof NoInfer<T>]?: unknown }): T {
  return value as T;
}

function anyFilled(values: readonly string[]): boolean {
  return values.some((value) => value.trim() !== "");
}

function contactInput(person: ContactDraft): ContactPerson | undefined {
  if (!anyFilled(Object.values(person))) return undefined;
  // An empty name is sent as such: the server says the name is required.
  return {
    name: person.name.trim(),
    relationship: opt(person.relationship),
    phone: opt(person.phone),
    email: opt(person.email),
    address: opt(person.address),
  };
}

const invalidAmount = "Montant invalide : saisissez un nombre en euros, par exemple 1234,56.";
const missingAmount = "Le montant mensuel est obligatoire.";

/** An amount typed in euros, in cents; an error in `errors` at `path` when it is not one. */
function amountInput(typed: string, path: string, errors: FieldErrors): number {
  if (typed.trim() === "") {
    errors[path] = missingAmount;
    return 0;
  }
  const cents = eurosToCents(typed);
  if (cents === null) {
    errors[path] = invalidAmount;
    return 0;
  }
  return cents;
}

/** The obvious checks done before sending; the server checks everything else. */
function requiredErrors(draft: BeneficiaryDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.birthName.trim() === "") errors.birthName = "Le nom de naissance est obligatoire.";
  if (draft.firstNames.trim() === "") errors.firstNames = "Au moins un prénom est obligatoire.";
  if (draft.sex === "") errors.sex = "Le sexe est obligatoire.";
  if (draft.birthDate === "") errors.birthDate = "La date de naissance est obligatoire.";
  if (draft.birthPlace.code.trim() === "") errors["birthPlace.code"] = "Le code du lieu de naissance est obligatoire.";
  if (draft.nationality === "") errors.nationality = "La nationalité est obligatoire.";
  return errors;
}

export type MappedInput = { input: BeneficiaryInput; errors: FieldErrors };

/**
 * The request body for the draft, and the errors found before sending (required
 * fields, amounts that are not amounts). Editing keeps what the form does not show
 * (pension funds, CAF/MSA number, last contact) from the version read.
 */
export function draftToInput(draft: BeneficiaryDraft, context: DraftContext): MappedInput {
  const errors = requiredErrors(draft);
  const { original } = context;

  const address = draft.address;
  const hasAddress =
    anyFilled([address.street, address.complement, address.postcode, address.communeCode, address.livingSituation]) ||
    address.outsideTerritory;

  const gir = draft.gir;
  const protection = draft.protection;
  const permit = draft.residencePermit;
  const hasPermit = draft.nationality === "OTHER" && anyFilled([permit.type, permit.number, permit.validUntil]);

  const input: BeneficiaryInput = {
    birthName: draft.birthName.trim(),
    usageName: opt(draft.usageName),
    firstNames: draft.firstNames
      .split(/[\s,]+/)
      .map((name) => name.trim())
      .filter((name) => name !== ""),
    // Required by the contract; an empty draft never reaches the server (requiredErrors).
    sex: draft.sex as Sex,
    birthDate: draft.birthDate,
    birthPlace: { code: draft.birthPlace.code.trim(), label: opt(draft.birthPlace.label) },
    nationality: draft.nationality as Nationality,
    residencePermit: hasPermit
      ? partial({ type: optEnum(permit.type), number: opt(permit.number), validUntil: opt(permit.validUntil) })
      : undefined,
    // Sent only when typed: a masked NIR is never sent back, an empty field keeps the stored one.
    nir: opt(draft.nir),
    phone: opt(draft.phone),
    email: opt(draft.email),
    preferredContact: optEnum(draft.preferredContact),
    address: hasAddress
      ? {
          street: opt(address.street),
          complement: opt(address.complement),
          postcode: opt(address.postcode),
          communeCode: opt(address.communeCode),
          outsideTerritory: address.outsideTerritory,
          livingSituation: optEnum(address.livingSituation),
        }
      : undefined,
    familySituation: optEnum(draft.familySituation),
    household: draft.household.map((member) =>
      partial({
        relationship: optEnum(member.relationship),
        lastName: opt(member.lastName),
        firstName: opt(member.firstName),
        birthDate: opt(member.birthDate),
        dependent: member.dependent,
      }),
    ),
    resources: draft.resources.map((resource, i) =>
      partial({
        type: optEnum(resource.type),
        owner: optEnum(resource.owner),
        monthlyAmountCents: amountInput(resource.amount, `resources[${i}].monthlyAmountCents`, errors),
        payer: opt(resource.payer),
      }),
    ),
    charges: draft.charges.map((charge, i) =>
      partial({
        type: optEnum(charge.type),
        monthlyAmountCents: amountInput(charge.amount, `charges[${i}].monthlyAmountCents`, errors),
        label: opt(charge.label),
      }),
    ),
    pensionFunds: original?.pensionFunds ?? undefined,
    benefitFund: original?.benefitFund ?? undefined,
    gir: anyFilled(Object.values(gir))
      ? partial({
          level: gir.level === "" ? undefined : Number(gir.level),
          evaluatedOn: opt(gir.evaluatedOn),
          assessor: opt(gir.assessor),
        })
      : undefined,
    protection: anyFilled(Object.values(protection))
      ? partial({
          type: optEnum(protection.type),
          mandataireName: opt(protection.mandataireName),
          mandataireContact: opt(protection.mandataireContact),
          startOn: opt(protection.startOn),
          endOn: opt(protection.endOn),
        })
      : undefined,
    medecinTraitant: contactInput(draft.medecinTraitant),
    personneDeConfiance: contactInput(draft.personneDeConfiance),
    aidant: contactInput(draft.aidant),
    obligesAlimentaires: draft.obligesAlimentaires.map((oblige) =>
      partial({
        relationship: optEnum(oblige.relationship),
        lastName: opt(oblige.lastName),
        firstName: opt(oblige.firstName),
        address: opt(oblige.address),
        phone: opt(oblige.phone),
        email: opt(oblige.email),
        exempt: oblige.exempt,
        exemptionReason: oblige.exempt ? opt(oblige.exemptionReason) : undefined,
      }),
    ),
    referentAgentId: opt(draft.referentAgentId),
    // Front-desk agents neither read nor write notes: the field is not sent at all.
    notes: context.seesNotes ? opt(draft.notes) : undefined,
    rgpdInformedOn: opt(draft.rgpdInformedOn),
    lastContactOn: original?.lastContactOn ?? undefined,
    duplicateReason: original ? undefined : opt(draft.duplicateReason),
  };

  // Empty strings and unknown enum values become absent, which the API reads as "missing".
  return { input: dropEmpty(input), errors };
}

/** Removes keys whose value is undefined or "" (JSON.stringify would drop undefined, not ""). */
function dropEmpty<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === "") continue;
    if (Array.isArray(item)) out[key] = item.map((element) => (isPlainObject(element) ? dropEmpty(element) : element));
    else if (isPlainObject(item)) out[key] = dropEmpty(item);
    else out[key] = item;
  }
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
