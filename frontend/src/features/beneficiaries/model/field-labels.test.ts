import { describe, expect, it } from "vitest";
import { fieldLabel, formatFieldValue } from "./field-labels";

describe("field names and values of the history", () => {
  it("names fields in French by their path", () => {
    expect(fieldLabel("phone")).toBe("Téléphone");
    expect(fieldLabel("address.communeCode")).toBe("Adresse : commune");
    expect(fieldLabel("resources[0].monthlyAmountCents")).toBe("Ressource 1 : montant mensuel");
    expect(fieldLabel("obligesAlimentaires[2].exemptionReason")).toBe("Obligé alimentaire 3 : motif de la dispense");
    expect(fieldLabel("gir.level")).toBe("GIR : niveau");
    expect(fieldLabel("somethingNew")).toBe("somethingNew");
  });

  it("tells values as an agent reads them", () => {
    expect(formatFieldValue("resources[0].monthlyAmountCents", 123456).replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatFieldValue("familySituation", "VEUF")).toBe("Veuf ou veuve");
    expect(formatFieldValue("household[0].relationship", "CONJOINT")).toBe("Conjoint(e)");
    expect(formatFieldValue("birthDate", "1941-03-14")).toBe("14/03/1941");
    expect(formatFieldValue("phone", null)).toBe("(vide)");
    expect(formatFieldValue("household[0].dependent", true)).toBe("oui");
  });
});
