import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { anAidRequestSummary, aRequestPage } from "@/testing/aid-request-fixtures";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const sessionId = "5c0d0000-0000-4000-8000-000000000301";
const onAgenda = anAidRequestSummary({
  reference: "2026-000077",
  aidTypeCode: "SECOURS_URGENCE",
  aidTypeLabel: "Secours d'urgence",
  kind: "FACULTATIVE",
  status: "EN_COMMISSION",
  amountCents: 30_000,
});
const session = { id: sessionId, heldOn: "2026-11-20", title: "Commission permanente", members: [], agenda: [onAgenda] };
const budget = [
  {
    aidTypeId: "t1",
    aidTypeCode: "SECOURS_URGENCE",
    aidTypeLabel: "Secours d'urgence",
    year: 2026,
    votedCents: 50_000,
    committedCents: 40_000,
    paidCents: 0,
    remainingCents: 10_000,
  },
];
const refusal = aProblem(409, "conflict", {
  detail: "Demande 2026-000077 : Le budget 2026 de « Secours d'urgence » ne suffit pas : il reste 100,00 € pour 300,00 €.",
  errors: [
    {
      field: "decisions[0].budgetOverrideReason",
      message: "Budget restant insuffisant (100,00 €) : seul un administrateur peut passer outre, en indiquant la raison.",
    },
  ],
});

function routes(roles: ("ADMIN" | "INSTRUCTEUR")[], decisions: () => Response | Promise<Response>) {
  return {
    "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles }))),
    [`GET /api/commissions/${sessionId}`]: () => json(200, session),
    "GET /api/budget": () => json(200, budget),
    "GET /api/aid-requests": () => json(200, aRequestPage([])),
    [`POST /api/commissions/${sessionId}/decisions`]: [() => problem(409, refusal), decisions],
  };
}

describe("the commission's decisions", { timeout: 15_000 }, () => {
  it("shows what remains of each line's budget and lets an administrator override it with a reason", async () => {
    const server = mockApi(
      routes(["ADMIN"], () => json(200, { ...session, agenda: [{ ...onAgenda, status: "ACCORDEE" }] })),
    );
    const { user } = renderApp(`/commission/${sessionId}`);

    const agenda = await screen.findByRole("list", { name: "Ordre du jour" }, { timeout: 5000 });
    expect(await within(agenda).findByText(/budget 2026 restant : 100,00\s€/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "Décisions à prendre" });
    expect(within(table).getByText(/^100,00\s€$/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Décision pour 2026-000077"), "ACCORDER");
    // 300 € granted on 100 € left: the override field comes at once, for the administrator.
    const reason = screen.getByLabelText(/Raison du dépassement du budget pour 2026-000077/);
    await user.click(screen.getByRole("button", { name: "Enregistrer les décisions" }));

    expect(await screen.findByText(/seul un administrateur peut passer outre/)).toBeInTheDocument();
    expect(reason).toHaveAccessibleDescription(/seul un administrateur peut passer outre/);
    await user.type(reason, "Expulsion imminente");
    await user.click(screen.getByRole("button", { name: "Enregistrer les décisions" }));

    expect(await screen.findByText("Décisions enregistrées.")).toBeInTheDocument();
    const sent = server.sent(`POST /api/commissions/${sessionId}/decisions`);
    expect(sent).toHaveLength(2);
    expect(sent[0]?.body).toEqual({ decisions: [{ requestId: onAgenda.id, decision: "ACCORDER", amountCents: 30_000 }] });
    expect(sent[1]?.body).toEqual({
      decisions: [
        { requestId: onAgenda.id, decision: "ACCORDER", amountCents: 30_000, budgetOverrideReason: "Expulsion imminente" },
      ],
    });
    expect(server.sent("GET /api/budget")[0]?.query.get("year")).toBe("2026");
  });

  it("tells an instructeur why the grant is refused, without offering the override", async () => {
    mockApi(routes(["INSTRUCTEUR"], () => problem(409, refusal)));
    const { user } = renderApp(`/commission/${sessionId}`);

    await user.selectOptions(await screen.findByLabelText("Décision pour 2026-000077", {}, { timeout: 5000 }), "ACCORDER");
    expect(screen.queryByLabelText(/Raison du dépassement du budget/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Enregistrer les décisions" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("ne suffit pas : il reste 100,00 € pour 300,00 €");
    expect(screen.getByText(/seul un administrateur peut passer outre/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Raison du dépassement du budget/)).not.toBeInTheDocument();
  });
});
