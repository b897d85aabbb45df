import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { anAidRequest } from "@/testing/aid-request-fixtures";
import { decisionSummary, Timeline } from "./request-sections";

describe("the decision in the request's history", () => {
  it("spells out the département's decision on the event that recorded it", () => {
    const request = anAidRequest({
      status: "DECIDEE",
      decision: "ACCORDEE",
      grantedAmountCents: 41250,
      effectiveOn: "2026-11-01",
      timeline: [
        { at: "2026-11-20T09:30:00Z", action: "TRANSMETTRE", from: "AVIS_RENDU", to: "TRANSMISE", agentName: "Inès Transmet" },
        { at: "2026-11-23T10:00:00Z", action: "ENREGISTRER_DECISION", from: "TRANSMISE", to: "DECIDEE", comment: "Décision du département 38" },
      ],
    });
    render(<Timeline events={request.timeline ?? []} decision={decisionSummary(request)} />);

    const items = screen.getAllByRole("listitem");
    expect(items[1]?.textContent?.replace(/\s/g, " ")).toContain(
      "Enregistrer la décision : Transmise au département → Décidée — Accordée : 412,50 €, à compter du 01/11/2026",
    );
    expect(items[1]).toHaveTextContent("Décision du département 38");
    expect(items[0]).not.toHaveTextContent("Accordée");
  });

  it("names a refusal without amount", () => {
    expect(decisionSummary(anAidRequest({ decision: "REFUSEE" }))).toBe("Refusée");
    expect(decisionSummary(anAidRequest({ decision: undefined }))).toBeUndefined();
  });
});
