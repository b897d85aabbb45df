import type {
  Beneficiary,
  ChargeType,
  FamilySituation,
  HouseholdRelationship,
  LivingSituation,
  Nationality,
  ObligeRelationship,
  PreferredContact,
  ProtectionType,
  ResidencePermitType,
  ResourceOwner,
  ResourceType,
  Sex,
} from "../api/types";

/**
 * The form's state: what the agent types, as strings, shaped like BeneficiaryInput so
 * that the server's error paths ("address.postcode", "household[1].lastName") name
 * the inputs directly. `key` keeps React rows stable when a line is removed.
 */
export type ContactDraft = { name: string; relationship: string; phone: string; email: string; address: string };

export type HouseholdDraft = {
  key: string;
  relationship: HouseholdRelationship | "";
  lastName: string;
  firstName: string;
  birthDate: string;
  dependent: boolean;
};

export type ResourceDraft = { key: string; type: ResourceType | ""; owner: ResourceOwner | ""; amount: string; payer: string };

export type ChargeDraft = { key: string; type: ChargeType | ""; amount: string; label: string };

export type ObligeDraft = {
  key: string;
  relationship: ObligeRelationship | "";
  lastName: string;
  firstName: string;
  address: string;
  phone: string;
  email: string;
  exempt: boolean;
  exemptionReason: string;
};

export type BeneficiaryDraft = {
  birthName: string;
  usageName: string;
  firstNames: string;
  sex: Sex | "";
  birthDate: string;
  birthPlace: { code: string; label: string };
  nationality: Nationality | "";
  residencePermit: { type: ResidencePermitType | ""; number: string; validUntil: string };
  nir: string;
  phone: string;
  email: string;
  preferredContact: PreferredContact | "";
  address: {
    street: string;
    complement: string;
    postcode: string;
    communeCode: string;
    /** Name of a commune picked outside the territory, to show it back. */
    communeName: string;
    outsideTerritory: boolean;
    livingSituation: LivingSituation | "";
  };
  familySituation: FamilySituation | "";
  household: HouseholdDraft[];
  resources: ResourceDraft[];
  charges: ChargeDraft[];
  gir: { level: string; evaluatedOn: string; assessor: string };
  protection: { type: ProtectionType | ""; mandataireName: string; mandataireContact: string; startOn: string; endOn: string };
  medecinTraitant: ContactDraft;
  personneDeConfiance: ContactDraft;
  aidant: ContactDraft;
  obligesAlimentaires: ObligeDraft[];
  referentAgentId: string;
  notes: string;
  rgpdInformedOn: string;
  duplicateReason: string;
};

/** What the mapping needs to know beyond the draft. */
export type DraftContext = {
  /** Notes are read and written by instructeurs, administrators and the président only. */
  seesNotes: boolean;
  /** When editing: the version read, to keep what the form does not show. */
  original?: Beneficiary;
};

/** Field path → French message. */
export type FieldErrors = Record<string, string>;

let lastKey = 0;
/** A key for a new line of a list, unique in the page. */
export function newKey(): string {
  lastKey += 1;
  return `ligne-${lastKey}`;
}

const emptyContact: ContactDraft = { name: "", relationship: "", phone: "", email: "", address: "" };

export function emptyDraft(): BeneficiaryDraft {
  return {
    birthName: "",
    usageName: "",
    firstNames: "",
    sex: "",
    birthDate: "",
    birthPlace: { code: "", label: "" },
    nationality: "",
    residencePermit: { type: "", number: "", validUntil: "" },
    nir: "",
    phone: "",
    email: "",
    preferredContact: "",
    address: {
      street: "",
      complement: "",
      postcode: "",
      communeCode: "",
      communeName: "",
      outsideTerritory: false,
      livingSituation: "",
    },
    familySituation: "",
    household: [],
    resources: [],
    charges: [],
    gir: { level: "", evaluatedOn: "", assessor: "" },
    protection: { type: "", mandataireName: "", mandataireContact: "", startOn: "", endOn: "" },
    medecinTraitant: { ...emptyContact },
    personneDeConfiance: { ...emptyContact },
    aidant: { ...emptyContact },
    obligesAlimentaires: [],
    referentAgentId: "",
    notes: "",
    rgpdInformedOn: "",
    duplicateReason: "",
  };
}

export function newHouseholdMember(): HouseholdDraft {
  return { key: newKey(), relationship: "", lastName: "", firstName: "", birthDate: "", dependent: false };
}

export function newResource(): ResourceDraft {
  return { key: newKey(), type: "", owner: "BENEFICIAIRE", amount: "", payer: "" };
}

export function newCharge(): ChargeDraft {
  return { key: newKey(), type: "", amount: "", label: "" };
}

export function newOblige(): ObligeDraft {
  return {
    key: newKey(),
    relationship: "",
    lastName: "",
    firstName: "",
    address: "",
    phone: "",
    email: "",
    exempt: false,
    exemptionReason: "",
  };
}
