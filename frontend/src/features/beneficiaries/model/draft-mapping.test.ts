import { describe, expect, it } from "vitest";
import { aBeneficiary } from "@/testing/beneficiary-fixtures";
import { emptyDraft, newCharge, newResource, type BeneficiaryDraft } from "./beneficiary-draft";
import { draftFromBeneficiary } from "./draft-from-beneficiary";
import { draftToInput } from "./draft-to-input";

function identity(): BeneficiaryDraft {
  return {
    ...emptyDraft(),
    birthName: " Lefèvre ",
    firstNames: "Éloïse  Marie",
    sex: "FEMALE",
    birthDate: "1941-03-14",
    birthPlace: { code: "76540", label: "" },
    nationality: "FRENCH",
  };
}

describe("the form's mapping to the API", () => {
  it("sends the identity trimmed and leaves empty parts out", () => {
    const { input, errors } = draftToInput(identity(), { seesNotes: true });

    expect(errors).toEqual({});
    expect(input).toEqual({
      birthName: "Lefèvre",
      firstNames: ["Éloïse", "Marie"],
      sex: "FEMALE",
      birthDate: "1941-03-14",
      birthPlace: { code: "76540" },
      nationality: "FRENCH",
      household: [],
      resources: [],
      charges: [],
      obligesAlimentaires: [],
    });
  });

  it("sends amounts typed in euros as cents", () => {
    const draft = identity();
    draft.resources = [{ ...newResource(), type: "RETRAITE_BASE", amount: "1 234,56" }];
    draft.charges = [{ ...newCharge(), type: "LOYER", amount: "450" }];

    const { input, errors } = draftToInput(draft, { seesNotes: true });

    expect(errors).toEqual({});
    expect(input.resources).toEqual([{ type: "RETRAITE_BASE", owner: "BENEFICIAIRE", monthlyAmountCents: 123456 }]);
    expect(input.charges).toEqual([{ type: "LOYER", monthlyAmountCents: 45000 }]);
  });

  it("refuses an amount that is not one, at its line", () => {
    const draft = identity();
    draft.charges = [
      { ...newCharge(), type: "LOYER", amount: "450" },
      { ...newCharge(), type: "EAU", amount: "trente" },
    ];

    const { errors } = draftToInput(draft, { seesNotes: true });

    expect(errors).toEqual({ "charges[1].monthlyAmountCents": expect.stringMatching(/^Montant invalide/) });
  });

  it("asks for the required identity before sending", () => {
    const { errors } = draftToInput(emptyDraft(), { seesNotes: true });

    expect(Object.keys(errors).sort()).toEqual(
      ["birthDate", "birthName", "birthPlace.code", "firstNames", "nationality", "sex"].sort(),
    );
  });

  it("prefills the form with euros from the record's cents", () => {
    const draft = draftFromBeneficiary(
      aBeneficiary({
        resources: [{ type: "ASPA", owner: "BENEFICIAIRE", monthlyAmountCents: 103_407 }],
        charges: [{ type: "LOYER", monthlyAmountCents: 45_000 }],
      }),
    );

    expect(draft.resources[0]?.amount).toBe("1034,07");
    expect(draft.charges[0]?.amount).toBe("450");
  });

  it("reads the nulls the server sends for absent values", () => {
    const record = aBeneficiary({ usageName: null as unknown as string, address: null as unknown as undefined });

    const draft = draftFromBeneficiary(record);

    expect(draft.usageName).toBe("");
    expect(draft.address.communeCode).toBe("");
  });

  it("never sends a masked NIR back, but sends one the agent typed", () => {
    const original = aBeneficiary({ nir: "2 41 03 ** *** *** **", nirMasked: true });
    const draft = draftFromBeneficiary(original);

    expect(draft.nir).toBe("");
    expect(draftToInput(draft, { seesNotes: false, original }).input).not.toHaveProperty("nir");
    expect(draftToInput({ ...draft, nir: "2 41 03 76 540 123 31" }, { seesNotes: false, original }).input.nir).toBe(
      "2 41 03 76 540 123 31",
    );
  });

  it("sends back the NIR an instructeur sees in full, or the record would lose it", () => {
    const original = aBeneficiary({ nir: "2 41 03 76 540 123 31", nirMasked: false });

    const { input } = draftToInput(draftFromBeneficiary(original), { seesNotes: true, original });

    expect(input.nir).toBe("2 41 03 76 540 123 31");
  });

  it("does not send notes for a front-desk agent", () => {
    const draft = { ...identity(), notes: "Ne pas transmettre" };

    expect(draftToInput(draft, { seesNotes: false }).input).not.toHaveProperty("notes");
    expect(draftToInput(draft, { seesNotes: true }).input.notes).toBe("Ne pas transmettre");
  });

  it("keeps on edit what the form does not show", () => {
    const original = aBeneficiary({
      pensionFunds: [{ kind: "PRINCIPALE", name: "CARSAT Rhône-Alpes", memberNumber: "123" }],
      benefitFund: { fund: "CAF", number: "1234567" },
      lastContactOn: "2026-01-10",
    });

    const { input } = draftToInput(draftFromBeneficiary(original), { seesNotes: true, original });

    expect(input.pensionFunds).toEqual(original.pensionFunds);
    expect(input.benefitFund).toEqual(original.benefitFund);
    expect(input.lastContactOn).toBe("2026-01-10");
    expect(input).not.toHaveProperty("duplicateReason");
  });

  it("sends a partly filled part as typed, for the server to name what is missing", () => {
    const draft = identity();
    draft.gir = { level: "3", evaluatedOn: "", assessor: "" };
    draft.medecinTraitant = { ...draft.medecinTraitant, phone: "04 76 00 00 00" };

    const { input } = draftToInput(draft, { seesNotes: true });

    expect(input.gir).toEqual({ level: 3 });
    expect(input.medecinTraitant).toEqual({ phone: "04 76 00 00 00" });
  });

  it("sends the address with its commune and the outside-territory flag", () => {
    const draft = identity();
    draft.address = { ...draft.address, postcode: "38114", communeCode: "38005", communeName: "Allemond", outsideTerritory: true };

    const { input } = draftToInput(draft, { seesNotes: true });

    expect(input.address).toEqual({ postcode: "38114", communeCode: "38005", outsideTerritory: true });
  });
});
