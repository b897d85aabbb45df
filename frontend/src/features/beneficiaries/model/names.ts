import type { Beneficiary, BeneficiarySummary } from "../api/types";

type Named = Pick<Beneficiary | BeneficiarySummary, "birthName" | "usageName" | "sex"> & {
  firstNames?: string | string[] | null;
};

function firstNamesOf(person: Named): string {
  const names = person.firstNames ?? "";
  return Array.isArray(names) ? names.join(" ") : names;
}

/** "LEFÈVRE Éloïse": the name in use in capitals, then the first names, as on French forms. */
export function displayName(person: Named): string {
  const name = (person.usageName || person.birthName || "").toLocaleUpperCase("fr-FR");
  return `${name} ${firstNamesOf(person)}`.trim();
}

/** "née DUPONT" when the usage name differs from the birth name. */
export function bornAs(person: Named): string {
  if (!person.usageName || !person.birthName || person.usageName === person.birthName) return "";
  return `${person.sex === "MALE" ? "né" : "née"} ${person.birthName.toLocaleUpperCase("fr-FR")}`;
}
