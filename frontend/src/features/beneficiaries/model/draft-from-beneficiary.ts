import type { Beneficiary, ContactPerson } from "../api/types";
import { newKey, type BeneficiaryDraft, type ContactDraft } from "./beneficiary-draft";
import { centsToEuroInput } from "@/lib/format/money";

// The server sends null for absent values although the contract says "optional": read both.
const text = (value: string | null | undefined): string => value ?? "";

function contactDraft(person: ContactPerson | null | undefined): ContactDraft {
  return {
    name: text(person?.name),
    relationship: text(person?.relationship),
    phone: text(person?.phone),
    email: text(person?.email),
    address: text(person?.address),
  };
}

/** The form prefilled with a record read from the server. */
export function draftFromBeneficiary(b: Beneficiary): BeneficiaryDraft {
  return {
    birthName: text(b.birthName),
    usageName: text(b.usageName),
    firstNames: (b.firstNames ?? []).join(" "),
    sex: b.sex ?? "",
    birthDate: text(b.birthDate),
    birthPlace: { code: text(b.birthPlace?.code), label: text(b.birthPlace?.label) },
    nationality: b.nationality ?? "",
    residencePermit: {
      type: b.residencePermit?.type ?? "",
      number: text(b.residencePermit?.number),
      validUntil: text(b.residencePermit?.validUntil),
    },
    // A masked NIR is not a value: the agent leaves the field empty to keep the stored one.
    nir: b.nirMasked ? "" : text(b.nir),
    phone: text(b.phone),
    email: text(b.email),
    preferredContact: b.preferredContact ?? "",
    address: {
      street: text(b.address?.street),
      complement: text(b.address?.complement),
      postcode: text(b.address?.postcode),
      communeCode: text(b.address?.communeCode),
      communeName: text(b.communeName),
      outsideTerritory: b.address?.outsideTerritory ?? false,
      livingSituation: b.address?.livingSituation ?? "",
    },
    familySituation: b.familySituation ?? "",
    household: (b.household ?? []).map((m) => ({
      key: newKey(),
      relationship: m.relationship ?? "",
      lastName: text(m.lastName),
      firstName: text(m.firstName),
      birthDate: text(m.birthDate),
      dependent: m.dependent ?? false,
    })),
    resources: (b.resources ?? []).map((r) => ({
      key: newKey(),
      type: r.type ?? "",
      owner: r.owner ?? "",
      amount: centsToEuroInput(r.monthlyAmountCents),
      payer: text(r.payer),
    })),
    charges: (b.charges ?? []).map((c) => ({
      key: newKey(),
      type: c.type ?? "",
      amount: centsToEuroInput(c.monthlyAmountCents),
      label: text(c.label),
    })),
    gir: {
      level: b.gir?.level ? String(b.gir.level) : "",
      evaluatedOn: text(b.gir?.evaluatedOn),
      assessor: text(b.gir?.assessor),
    },
    protection: {
      type: b.protection?.type ?? "",
      mandataireName: text(b.protection?.mandataireName),
      mandataireContact: text(b.protection?.mandataireContact),
      startOn: text(b.protection?.startOn),
      endOn: text(b.protection?.endOn),
    },
    medecinTraitant: contactDraft(b.medecinTraitant),
    personneDeConfiance: contactDraft(b.personneDeConfiance),
    aidant: contactDraft(b.aidant),
    obligesAlimentaires: (b.obligesAlimentaires ?? []).map((o) => ({
      key: newKey(),
      relationship: o.relationship ?? "",
      lastName: text(o.lastName),
      firstName: text(o.firstName),
      address: text(o.address),
      phone: text(o.phone),
      email: text(o.email),
      exempt: o.exempt ?? false,
      exemptionReason: text(o.exemptionReason),
    })),
    referentAgentId: text(b.referentAgentId),
    notes: text(b.notes),
    rgpdInformedOn: text(b.rgpdInformedOn),
    duplicateReason: "",
  };
}
