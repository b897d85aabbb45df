import { describe, expect, it } from "vitest";
import { personCount, readListState, toApiSearch, withFilter, writeListState } from "./list-search";

describe("the list's URL state", () => {
  it("reads the search, filters and page from the address bar", () => {
    const state = readListState(
      new URLSearchParams("q=dupont jean&commune=38052&gir=4&ageMin=60&ageMax=90&status=ALL&sort=BIRTH_DATE&page=3"),
    );

    expect(state).toEqual({
      q: "dupont jean",
      commune: "38052",
      gir: "4",
      ageMin: "60",
      ageMax: "90",
      status: "ALL",
      sort: "BIRTH_DATE",
      referent: "",
      page: 3,
    });
  });

  it("ignores values that make no sense instead of sending them", () => {
    const state = readListState(new URLSearchParams("commune=38&gir=9&ageMin=-1&status=PERDU&sort=AU_HASARD&page=0"));

    expect(state.commune).toBe("");
    expect(state.gir).toBe("");
    expect(state.ageMin).toBe("");
    expect(state.status).toBe("ACTIVE");
    expect(state.sort).toBe("");
    expect(state.page).toBe(1);
  });

  it("writes a plain address for a plain list, and survives a round trip", () => {
    expect(writeListState(readListState(new URLSearchParams())).toString()).toBe("");
    const url = "q=martin&commune=38052&status=ARCHIVED&page=2";
    expect(writeListState(readListState(new URLSearchParams(url))).toString()).toBe(url);
  });

  it("asks the API for pages from 0 and leaves empty criteria out", () => {
    const state = readListState(new URLSearchParams("q=  martin &gir=2&page=2"));

    expect(toApiSearch(state)).toEqual({ q: "martin", gir: 2, page: 1, size: 20, status: "ACTIVE" });
  });

  it("goes back to the first page when the search changes", () => {
    const state = readListState(new URLSearchParams("q=martin&page=4"));

    expect(withFilter(state, { commune: "38191" })).toMatchObject({ q: "martin", commune: "38191", page: 1 });
  });

  it("counts people in French", () => {
    expect(personCount(0)).toBe("Aucune personne");
    expect(personCount(1)).toBe("1 personne");
    expect(personCount(1234).replace(/\s/g, " ")).toBe("1 234 personnes");
    expect(personCount(1000, true).replace(/\s/g, " ")).toBe("Plus de 1 000 personnes : précisez la recherche");
  });
});
