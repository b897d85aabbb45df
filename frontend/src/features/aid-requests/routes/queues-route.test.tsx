import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { anAidRequestSummary, aRequestPage } from "@/testing/aid-request-fixtures";
import { aMe, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, type SentRequest } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const totals: Record<string, number> = { A_INSTRUIRE: 3, EN_ATTENTE_PIECES: 1, A_TRANSMETTRE: 2, EN_COMMISSION: 0, A_VERSER: 4 };

const counts = () => json(200, Object.entries(totals).map(([queue, count]) => ({ queue, count })));

function queues({ query }: SentRequest) {
  const queue = query.get("queue") ?? "";
  if (queue === "A_TRANSMETTRE")
    return json(
      200,
      aRequestPage([
        anAidRequestSummary({ id: "r1", reference: "2026-000001", daysLeft: 8, alert: true }),
        anAidRequestSummary({ id: "r2", reference: "2026-000002", daysLeft: -2, overdue: true, alert: true }),
      ]),
    );
  return json(200, aRequestPage([anAidRequestSummary({ id: "r3", reference: "2026-000003", status: "DEPOSEE", daysLeft: 25 })]));
}

describe("the work queues", { timeout: 15_000 }, () => {
  it("shows each queue with its count and keeps the chosen queue in the URL", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["INSTRUCTEUR"] }))),
      "GET /api/aid-requests": queues,
      "GET /api/aid-requests/queues": counts,
    });
    const { user, router } = renderApp("/demandes");

    expect(await screen.findByRole("tab", { name: "À instruire (3)" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("tab", { name: "À verser (4)" })).toBeInTheDocument();
    expect(await screen.findByRole("link", { name: "2026-000003" })).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "À transmettre (2)" }));

    expect(router.state.location.search).toBe("?file=A_TRANSMETTRE");
    const table = await screen.findByRole("table", { name: /À transmettre/ });
    const rows = within(table).getAllByRole("row").slice(1);
    // Late first, in red words; then the nearest deadline.
    expect(rows[0]).toHaveTextContent("2026-000002");
    expect(rows[0]).toHaveTextContent("En retard de 2 jours");
    expect(rows[1]).toHaveTextContent("J-8");
    expect(server.sent("GET /api/aid-requests").at(-1)?.query.get("queue")).toBe("A_TRANSMETTRE");
    // The five counts come from one call, not one per queue.
    expect(server.sent("GET /api/aid-requests/queues")).toHaveLength(1);
    expect(server.sent("GET /api/aid-requests").every((r) => r.query.get("size") !== "1")).toBe(true);
  });

  it("opens the queue named in the URL", async () => {
    mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["INSTRUCTEUR"] }))),
      "GET /api/aid-requests": queues,
      "GET /api/aid-requests/queues": counts,
    });
    renderApp("/demandes?file=A_TRANSMETTRE");

    expect(await screen.findByRole("tab", { name: /^À transmettre/ })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByText("En retard de 2 jours")).toBeInTheDocument();
  });
});
