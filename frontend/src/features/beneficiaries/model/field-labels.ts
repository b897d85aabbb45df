import { formatCents } from "@/lib/format/money";
import {
  benefitFundLabels,
  chargeTypeLabels,
  familySituationLabels,
  householdRelationshipLabels,
  livingSituationLabels,
  nationalityLabels,
  obligeRelationshipLabels,
  pensionFundKindLabels,
  preferredContactLabels,
  protectionTypeLabels,
  residencePermitLabels,
  resourceOwnerLabels,
  resourceTypeLabels,
  sexLabels,
  statusLabels,
} from "./vocabulary";
import { formatDate } from "@/lib/format/dates";

/**
 * French names of the record's fields, by the JSON path the server uses in
 * validation errors and in the history ("address.postcode", "household[1].lastName").
 */

const topLevel: Record<string, string> = {
  fiche: "Fiche",
  status: "Statut",
  birthName: "Nom de naissance",
  usageName: "Nom d'usage",
  firstNames: "Prénoms",
  sex: "Sexe",
  birthDate: "Date de naissance",
  nationality: "Nationalité",
  nir: "NIR",
  phone: "Téléphone",
  email: "Courriel",
  preferredContact: "Contact préféré",
  familySituation: "Situation familiale",
  referentAgentId: "Référent",
  notes: "Notes",
  rgpdInformedOn: "Date d'information RGPD",
  lastContactOn: "Dernier contact",
  duplicateReason: "Raison de créer une nouvelle fiche",
  household: "Foyer",
  resources: "Ressources",
  charges: "Charges",
  obligesAlimentaires: "Obligés alimentaires",
  pensionFunds: "Caisses de retraite",
};

const contactPerson: Record<string, string> = {
  name: "nom",
  relationship: "lien",
  phone: "téléphone",
  email: "courriel",
  address: "adresse",
};

/** Objects of the record: their name and the names of their fields. */
const groups: Record<string, { label: string; fields: Record<string, string> }> = {
  birthPlace: { label: "Lieu de naissance", fields: { code: "code", label: "libellé" } },
  residencePermit: {
    label: "Titre de séjour",
    fields: { type: "type", number: "numéro", validUntil: "fin de validité" },
  },
  address: {
    label: "Adresse",
    fields: {
      street: "numéro et voie",
      complement: "complément",
      postcode: "code postal",
      communeCode: "commune",
      outsideTerritory: "hors territoire",
      livingSituation: "logement",
    },
  },
  gir: { label: "GIR", fields: { level: "niveau", evaluatedOn: "date d'évaluation", assessor: "évaluateur" } },
  protection: {
    label: "Mesure de protection",
    fields: {
      type: "type",
      mandataireName: "représentant",
      mandataireContact: "coordonnées du représentant",
      startOn: "début",
      endOn: "fin",
    },
  },
  medecinTraitant: { label: "Médecin traitant", fields: contactPerson },
  personneDeConfiance: { label: "Personne de confiance", fields: contactPerson },
  aidant: { label: "Aidant", fields: contactPerson },
  benefitFund: { label: "Caisse d'allocations", fields: { fund: "organisme", number: "numéro d'allocataire" } },
};

/** Lists of the record: the name of one item and the names of its fields. */
const lists: Record<string, { item: string; fields: Record<string, string> }> = {
  household: {
    item: "Foyer, membre",
    fields: {
      relationship: "lien",
      lastName: "nom",
      firstName: "prénom",
      birthDate: "date de naissance",
      dependent: "à charge",
    },
  },
  resources: {
    item: "Ressource",
    fields: { type: "type", monthlyAmountCents: "montant mensuel", owner: "bénéficiaire", payer: "organisme payeur" },
  },
  charges: { item: "Charge", fields: { type: "type", monthlyAmountCents: "montant mensuel", label: "précision" } },
  obligesAlimentaires: {
    item: "Obligé alimentaire",
    fields: {
      relationship: "lien",
      lastName: "nom",
      firstName: "prénom",
      address: "adresse",
      phone: "téléphone",
      email: "courriel",
      exempt: "dispense",
      exemptionReason: "motif de la dispense",
    },
  },
  pensionFunds: { item: "Caisse de retraite", fields: { kind: "type", name: "nom", memberNumber: "numéro d'adhérent" } },
  firstNames: { item: "Prénom", fields: {} },
};

type Segment = { name: string; index?: number };

/** "household[1].lastName" → [{household, 1}, {lastName}]. */
export function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      segments.push({ name: part });
      continue;
    }
    const [, name = "", indexes = ""] = match;
    const index = /\[(\d+)\]/.exec(indexes);
    segments.push(index ? { name, index: Number(index[1]) } : { name });
  }
  return segments;
}

/** The French name of a field for the agent: "Foyer, membre 2 : nom", "Adresse : code postal". */
export function fieldLabel(path: string): string {
  const [root, leaf, ...rest] = parsePath(path);
  if (!root) return path;
  const list = lists[root.name];
  if (list && root.index !== undefined) {
    const item = `${list.item} ${root.index + 1}`;
    if (!leaf) return item;
    const leafLabel = list.fields[leaf.name];
    return leafLabel && rest.length === 0 ? `${item} : ${leafLabel}` : `${item} : ${path.slice(path.indexOf(".") + 1)}`;
  }
  const group = groups[root.name];
  if (group) {
    if (!leaf) return group.label;
    const leafLabel = group.fields[leaf.name];
    return leafLabel && rest.length === 0 ? `${group.label} : ${leafLabel}` : `${group.label} : ${leaf.name}`;
  }
  return topLevel[root.name] ?? path;
}

/** Lists of codes a field takes its values from, by the field's last segment under its root. */
function vocabularyOf(path: string): Record<string, string> | undefined {
  const [root, leaf] = parsePath(path);
  if (!root) return undefined;
  const key = leaf ? `${root.name}.${leaf.name}` : root.name;
  const byField: Record<string, Record<string, string>> = {
    status: statusLabels,
    sex: sexLabels,
    nationality: nationalityLabels,
    preferredContact: preferredContactLabels,
    familySituation: familySituationLabels,
    "address.livingSituation": livingSituationLabels,
    "residencePermit.type": residencePermitLabels,
    "household.relationship": householdRelationshipLabels,
    "resources.type": resourceTypeLabels,
    "resources.owner": resourceOwnerLabels,
    "charges.type": chargeTypeLabels,
    "protection.type": protectionTypeLabels,
    "obligesAlimentaires.relationship": obligeRelationshipLabels,
    "pensionFunds.kind": pensionFundKindLabels,
    "benefitFund.fund": benefitFundLabels,
  };
  return byField[key];
}

/** A value of the history, told in French: codes by their label, cents in euros, ISO dates as dd/mm/yyyy. */
export function formatFieldValue(path: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(vide)";
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "number") {
    return path.endsWith("monthlyAmountCents") ? formatCents(value) : String(value);
  }
  if (typeof value === "string") {
    const vocabulary = vocabularyOf(path);
    if (vocabulary?.[value]) return vocabulary[value];
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => formatFieldValue(path, item)).join(", ");
  return JSON.stringify(value);
}
