import { describe, expect, it } from "vitest";
import type { AidType } from "../api/types";
import { draftFromAidType, draftToInput, emptyDraft } from "./aid-type-draft";

const secours: AidType = {
  id: "t1",
  code: "SECOURS_URGENCE",
  label: "Secours d'urgence",
  kind: "FACULTATIVE",
  ceilingCents: 30_000,
  frequencyMonths: 12,
  // The contract types the barème as free JSON (JsonNode).
  scale: {
    basis: "RESTE_A_VIVRE_JOUR",
    brackets: [
      { upToCents: 500, amountCents: 30_000 },
      { upToCents: 1_000, amountCents: 15_050 },
    ],
  } as unknown as AidType["scale"],
  pieces: [{ code: "IDENTITE", label: "Pièce d'identité", required: true }],
  active: true,
};

describe("an aid type's draft", () => {
  it("gives back the same aid when nothing is changed", () => {
    const { input, errors } = draftToInput(draftFromAidType(secours));
    expect(errors).toEqual({});
    expect(input).toEqual({
      code: "SECOURS_URGENCE",
      label: "Secours d'urgence",
      kind: "FACULTATIVE",
      ceilingCents: 30_000,
      frequencyMonths: 12,
      scale: { basis: "RESTE_A_VIVRE_JOUR", brackets: [{ upToCents: 500, amountCents: 30_000 }, { upToCents: 1_000, amountCents: 15_050 }] },
      pieces: [{ code: "IDENTITE", label: "Pièce d'identité", required: true }],
      active: true,
    });
  });

  it("turns typed euros into cents and leaves blanks out", () => {
    const draft = { ...emptyDraft(), code: " aide_rentree ", label: "Aide à la rentrée", ceiling: "150,50", frequencyMonths: "" };
    const { input } = draftToInput(draft);
    expect(input).toEqual({ code: "AIDE_RENTREE", label: "Aide à la rentrée", kind: "FACULTATIVE", ceilingCents: 15_050, pieces: [], active: true });
  });

  it("names unreadable values with the server's paths", () => {
    const draft = {
      ...emptyDraft(),
      ceiling: "beaucoup",
      frequencyMonths: "1,5",
      basis: "QUOTIENT_FAMILIAL" as const,
      brackets: [{ upTo: "600", amount: "dix" }],
    };
    expect(draftToInput(draft).errors).toEqual({
      ceilingCents: expect.stringContaining("montant en euros"),
      frequencyMonths: expect.stringContaining("nombre entier"),
      "scale.brackets[0].amountCents": expect.stringContaining("montant en euros"),
    });
    expect(draftToInput({ ...draft, brackets: [] }).errors["scale.brackets"]).toBe("Ajoutez au moins une tranche au barème.");
  });

  it("sends neither ceiling nor barème for a legal aid", () => {
    const draft = { ...draftFromAidType(secours), kind: "LEGAL" as const, legalFamily: "APA_DOMICILE" };
    const { input } = draftToInput(draft);
    expect(input.ceilingCents).toBeUndefined();
    expect(input.scale).toBeUndefined();
    expect(input.frequencyMonths).toBeUndefined();
    expect(input.legalFamily).toBe("APA_DOMICILE");
  });
});
