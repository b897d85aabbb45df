import { describe, expect, it } from "vitest";
import { buildTransition } from "./transition-form";

describe("the body of a transition", () => {
  it("sends the avis and its motivation, nothing else", () => {
    expect(buildTransition("RENDRE_AVIS", { avis: "FAVORABLE", motivation: " Justifié ", amount: "100" })).toEqual({
      body: { action: "RENDRE_AVIS", avis: "FAVORABLE", motivation: "Justifié" },
      errors: {},
    });
  });

  it("sends a payment with its method, reference and installments in numbers", () => {
    expect(
      buildTransition("VERSER", { paymentMethod: "VIREMENT", paymentReference: "VIR-1", installments: "6", date: "" }).body,
    ).toEqual({ action: "VERSER", paymentMethod: "VIREMENT", paymentReference: "VIR-1", installments: 6 });
  });

  it("turns euros into cents and refuses an unreadable amount", () => {
    expect(buildTransition("ACCORDER", { amount: "150,50" }).body).toEqual({ action: "ACCORDER", amountCents: 15050 });
    expect(buildTransition("INSTRUIRE", { amount: "beaucoup" }).errors.amount).toMatch(/montant en euros/);
  });

  it("leaves the amount out of INSTRUIRE when blank, so the barème applies", () => {
    expect(buildTransition("INSTRUIRE", { amount: "  " }).body).toEqual({ action: "INSTRUIRE" });
  });
});
