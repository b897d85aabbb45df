import { describe, expect, it } from "vitest";
import type { Candidate } from "../api/types";
import { groupByDepartement, keepAvailable, selectedOf, toggleGroup, toggleOne } from "./candidates";

function candidate(requestId: string, departement: string, daysLeft: number | null): Candidate {
  return { requestId, reference: `REF-${requestId}`, departement, daysLeft, personName: "X", dossierVersion: 1 };
}

describe("ready requests grouped by recipient département", () => {
  it("puts the most pressing département first and the nearest deadline first within each", () => {
    const groups = groupByDepartement([
      candidate("a", "73", 20),
      candidate("b", "38", 12),
      candidate("c", "73", 3),
      candidate("d", "38", 25),
      candidate("e", "38", -2),
    ]);
    expect(groups.map((g) => g.departement)).toEqual(["38", "73"]);
    expect(groups[0]?.candidates.map((c) => c.requestId)).toEqual(["e", "b", "d"]);
    expect(groups[0]?.mostUrgent).toBe(-2);
    expect(groups[1]?.candidates.map((c) => c.requestId)).toEqual(["c", "a"]);
  });

  it("orders départements without a known deadline by their official number, Corsica between 19 and 21", () => {
    const groups = groupByDepartement([
      candidate("a", "974", null),
      candidate("b", "21", null),
      candidate("c", "2B", null),
      candidate("d", "2A", null),
      candidate("e", "05", null),
    ]);
    expect(groups.map((g) => g.departement)).toEqual(["05", "2A", "2B", "21", "974"]);
    expect(groups.every((g) => g.mostUrgent === null)).toBe(true);
  });

  it("keeps the server's order for equal deadlines and puts requests without one last", () => {
    const groups = groupByDepartement([candidate("a", "38", null), candidate("b", "38", 5), candidate("c", "38", 5)]);
    expect(groups[0]?.candidates.map((c) => c.requestId)).toEqual(["b", "c", "a"]);
  });
});

describe("selection of requests for a bordereau", () => {
  const [isere, savoie] = groupByDepartement([candidate("a", "38", 1), candidate("b", "38", 2), candidate("c", "73", 3)]);

  it("sends only the selected requests of the chosen département, in the group's order", () => {
    if (!isere || !savoie) throw new Error("two groups expected");
    const selected = new Set(["c", "b", "a"]);
    expect(selectedOf(isere, selected)).toEqual(["a", "b"]);
    expect(selectedOf(savoie, selected)).toEqual(["c"]);
  });

  it("selects a whole group, then unselects it, without touching the other groups", () => {
    if (!isere) throw new Error("group expected");
    const all = toggleGroup(isere, new Set(["c", "a"]));
    expect([...all].sort()).toEqual(["a", "b", "c"]);
    expect([...toggleGroup(isere, all)]).toEqual(["c"]);
  });

  it("ticks and unticks one request", () => {
    expect([...toggleOne(new Set(["a"]), "b", true)].sort()).toEqual(["a", "b"]);
    expect([...toggleOne(new Set(["a", "b"]), "a", false)]).toEqual(["b"]);
  });

  it("forgets requests that are no longer ready", () => {
    expect([...keepAvailable(new Set(["a", "gone"]), [candidate("a", "38", 1)])]).toEqual(["a"]);
  });
});
