import { describe, expect, it } from "vitest";
import { serverErrors, toRequest, validateDraft, type OrientationDraft } from "./orientation-form";

const complete: OrientationDraft = {
  partnerId: "p-caf",
  motif: "PRIME_ACTIVITE",
  message: "  Reprise d'emploi à temps partiel, droits à étudier.  ",
  consentGiven: true,
  consentOn: "2026-11-23",
  consentMode: "ECRIT",
};

describe("an orientation to the CAF or the MSA", () => {
  it("is refused without the person's consent", () => {
    expect(validateDraft({ ...complete, consentGiven: false })).toEqual({
      consentGiven: expect.stringContaining("sans son accord, pas d'orientation") as unknown as string,
    });
  });

  it("asks for every field", () => {
    const errors = validateDraft({ partnerId: "", motif: "", message: " ", consentGiven: false, consentOn: "", consentMode: "" });
    expect(Object.keys(errors).sort()).toEqual(["consentGiven", "consentMode", "consentOn", "message", "motif", "partnerId"]);
  });

  it("sends the consent as the API records it, the message trimmed", () => {
    expect(validateDraft(complete)).toEqual({});
    expect(toRequest("b-1", complete)).toEqual({
      beneficiaryId: "b-1",
      partnerId: "p-caf",
      motif: "PRIME_ACTIVITE",
      message: "Reprise d'emploi à temps partiel, droits à étudier.",
      consent: { given: true, on: "2026-11-23", mode: "ECRIT" },
    });
  });

  it("puts the server's errors on the consent's own controls", () => {
    expect(
      serverErrors({
        status: 422,
        errors: [
          { field: "consent.given", message: "Sans consentement, pas d'orientation." },
          { field: "consent.on", message: "La date ne peut pas être future." },
          { field: "partnerId", message: "Ce partenaire n'est ni une CAF ni une MSA de l'organisation." },
          { field: "unknown", message: "ignoré" },
        ],
      }),
    ).toEqual({
      consentGiven: "Sans consentement, pas d'orientation.",
      consentOn: "La date ne peut pas être future.",
      partnerId: "Ce partenaire n'est ni une CAF ni une MSA de l'organisation.",
    });
  });
});
