import type { components } from "@/lib/api/schema";

type Schemas = components["schemas"];

export function aBeneficiary(overrides: Partial<Schemas["Beneficiary"]> = {}): Schemas["Beneficiary"] {
  return {
    id: "6f1c2a3b-0000-4000-8000-000000000101",
    status: "ACTIVE",
    version: 3,
    birthName: "Lefèvre",
    firstNames: ["Éloïse", "Marie"],
    sex: "FEMALE",
    birthDate: "1941-03-14",
    age: 85,
    birthPlace: { code: "76540", label: "Rouen" },
    nationality: "FRENCH",
    nir: "2 41 03 76 540 123 31",
    nirMasked: false,
    phone: "06 12 34 56 78",
    address: { street: "12 rue des Lilas", postcode: "38520", communeCode: "38052", outsideTerritory: false },
    communeName: "Le Bourg-d'Oisans",
    household: [],
    resources: [],
    charges: [],
    resteAVivreMonthlyCents: 0,
    resteAVivreDailyPerPersonCents: 0,
    pensionFunds: [],
    obligesAlimentaires: [],
    lastContactOn: "2026-01-10",
    createdAt: "2026-01-10T09:00:00Z",
    updatedAt: "2026-01-12T10:30:00Z",
    warnings: [],
    ...overrides,
  };
}

export function aBeneficiarySummary(
  overrides: Partial<Schemas["BeneficiarySummary"]> = {},
): Schemas["BeneficiarySummary"] {
  return {
    id: "6f1c2a3b-0000-4000-8000-000000000101",
    status: "ACTIVE",
    birthName: "Lefèvre",
    firstNames: "Éloïse Marie",
    sex: "FEMALE",
    birthDate: "1941-03-14",
    age: 85,
    communeCode: "38052",
    communeName: "Le Bourg-d'Oisans",
    ...overrides,
  };
}

export function aPage(
  items: Schemas["BeneficiarySummary"][],
  overrides: Partial<Schemas["PageBeneficiarySummary"]> = {},
): Schemas["PageBeneficiarySummary"] {
  return { items, total: items.length, page: 0, size: 20, ...overrides };
}

export const someCommunes: Schemas["CommuneView"][] = [
  { inseeCode: "38052", name: "Le Bourg-d'Oisans" },
  { inseeCode: "38191", name: "Huez" },
];
