import type { BeneficiaryDraft, DraftContext } from "./beneficiary-draft";

/**
 * The form's fields in page order, by the path the server uses for them. The error
 * summary lists errors in this order and an error is shown at the nearest field.
 */
export function fieldPaths(draft: BeneficiaryDraft, context: DraftContext): string[] {
  const paths = ["birthName", "usageName", "firstNames", "sex", "birthDate", "birthPlace.code", "birthPlace.label", "nationality"];
  if (draft.nationality === "OTHER") paths.push("residencePermit.type", "residencePermit.number", "residencePermit.validUntil");
  paths.push("nir", "phone", "email", "preferredContact");
  paths.push("address.street", "address.complement", "address.postcode", "address.communeCode");
  paths.push("familySituation", "address.livingSituation");
  draft.household.forEach((_, i) => {
    paths.push(...["relationship", "lastName", "firstName", "birthDate", "dependent"].map((f) => `household[${i}].${f}`));
  });
  paths.push("household");
  draft.resources.forEach((_, i) => {
    paths.push(...["type", "owner", "monthlyAmountCents", "payer"].map((f) => `resources[${i}].${f}`));
  });
  paths.push("resources");
  draft.charges.forEach((_, i) => {
    paths.push(...["type", "monthlyAmountCents", "label"].map((f) => `charges[${i}].${f}`));
  });
  paths.push("charges");
  paths.push("gir.level", "gir.evaluatedOn", "gir.assessor");
  paths.push("protection.type", "protection.mandataireName", "protection.mandataireContact", "protection.startOn", "protection.endOn");
  for (const person of ["medecinTraitant", "personneDeConfiance", "aidant"]) {
    paths.push(...["name", "relationship", "phone", "email", "address"].map((f) => `${person}.${f}`));
  }
  draft.obligesAlimentaires.forEach((oblige, i) => {
    const fields = ["relationship", "lastName", "firstName", "address", "phone", "email", "exempt"];
    if (oblige.exempt) fields.push("exemptionReason");
    paths.push(...fields.map((f) => `obligesAlimentaires[${i}].${f}`));
  });
  paths.push("obligesAlimentaires", "referentAgentId");
  if (context.seesNotes) paths.push("notes");
  paths.push("rgpdInformedOn");
  return paths;
}
