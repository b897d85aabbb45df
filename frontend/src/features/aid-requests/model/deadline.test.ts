import { describe, expect, it } from "vitest";
import { anAidRequestSummary } from "@/testing/aid-request-fixtures";
import { byUrgency, deadlineBadge } from "./deadline";

describe("the transmission deadline badge", () => {
  it("counts the days left as J-n, blue before the alert day", () => {
    expect(deadlineBadge({ daysLeft: 8, overdue: false, alert: false })).toMatchObject({ text: "J-8", severity: "info" });
  });

  it("turns orange from the alert day (filing + 20 days)", () => {
    expect(deadlineBadge({ daysLeft: 8, overdue: false, alert: true })).toMatchObject({ text: "J-8", severity: "warning" });
  });

  it("says how late, in red, once the month has passed", () => {
    expect(deadlineBadge({ daysLeft: -2, overdue: true, alert: true })).toMatchObject({
      text: "En retard de 2 jours",
      severity: "error",
    });
    expect(deadlineBadge({ daysLeft: -1, overdue: true })?.text).toBe("En retard de 1 jour");
  });

  it("shows the last day as such, and nothing without a deadline", () => {
    expect(deadlineBadge({ daysLeft: 0, overdue: false })?.text).toBe("Jour J");
    expect(deadlineBadge({})).toBeNull();
  });

  it("puts late requests first, then the nearest deadlines", () => {
    const rows = [
      anAidRequestSummary({ reference: "far", daysLeft: 20 }),
      anAidRequestSummary({ reference: "none", daysLeft: undefined }),
      anAidRequestSummary({ reference: "late", daysLeft: -3, overdue: true }),
      anAidRequestSummary({ reference: "near", daysLeft: 2 }),
    ];
    expect(byUrgency(rows).map((r) => r.reference)).toEqual(["late", "near", "far", "none"]);
  });
});
