import { describe, expect, it } from "vitest";
import { centsToEuroInput, eurosToCents, formatCents } from "./money";

describe("amounts", () => {
  it("reads euros as typed by a French agent, in cents", () => {
    expect(eurosToCents("1234,56")).toBe(123456);
    expect(eurosToCents("1 234,56")).toBe(123456);
    expect(eurosToCents("1\u202f234,5")).toBe(123450);
    expect(eurosToCents("850 €")).toBe(85000);
    expect(eurosToCents("850")).toBe(85000);
    expect(eurosToCents("12.30")).toBe(1230);
    expect(eurosToCents("0,05")).toBe(5);
  });

  it("never loses a cent to floating point", () => {
    // 19.99 * 100 is 1998.9999999999998 in floating point.
    expect(eurosToCents("19,99")).toBe(1999);
    expect(eurosToCents("1,15")).toBe(115);
    for (let cents = 0; cents < 3000; cents += 7) {
      expect(eurosToCents(centsToEuroInput(cents))).toBe(cents);
    }
  });

  it("refuses what is not an amount", () => {
    expect(eurosToCents("")).toBeNull();
    expect(eurosToCents("abc")).toBeNull();
    expect(eurosToCents("12,345")).toBeNull();
    expect(eurosToCents("-50")).toBeNull();
    expect(eurosToCents("1,2,3")).toBeNull();
  });

  it("gives cents back as the agent would type them", () => {
    expect(centsToEuroInput(123456)).toBe("1234,56");
    expect(centsToEuroInput(85000)).toBe("850");
    expect(centsToEuroInput(1999)).toBe("19,99");
    expect(centsToEuroInput(5)).toBe("0,05");
    expect(centsToEuroInput(undefined)).toBe("");
  });

  it("shows cents in euros for reading", () => {
    expect(formatCents(123456).replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatCents(-2500).replace(/\s/g, " ")).toBe("-25,00 €");
  });
});
