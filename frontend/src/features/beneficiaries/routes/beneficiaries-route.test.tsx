import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aBeneficiarySummary, aPage, someCommunes } from "@/testing/beneficiary-fixtures";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem, type SentRequest } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const instructeur = () => json(200, aTokenResponse(aMe({ id: "agent-1", roles: ["INSTRUCTEUR"] })));

/** A fake search: answers with people whose name holds the query, and 45 in all without one. */
function search(request: SentRequest) {
  const q = request.query.get("q");
  if (q === "lefevre") return json(200, aPage([aBeneficiarySummary({ id: "p1" })]));
  if (q) return json(200, aPage([]));
  return json(200, aPage([aBeneficiarySummary({ id: "p1" }), aBeneficiarySummary({ id: "p2", birthName: "Martin" })], { total: 45 }));
}

// Generous: the debounce and the lazily loaded pages add up on a busy machine.
describe("the list of people", { timeout: 15_000 }, () => {
  it("searches as the agent types, once typing pauses, and keeps the search in the URL", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "GET /api/beneficiaries": search,
    });
    const { user, router } = renderApp("/beneficiaires?page=2");

    expect(await screen.findByText("45 personnes")).toBeInTheDocument();
    expect(server.sent("GET /api/beneficiaries")[0]?.query.get("page")).toBe("1");

    await user.type(screen.getByLabelText(/^Rechercher une personne/), "lefevre");

    await waitFor(() => expect(router.state.location.search).toBe("?q=lefevre"));
    expect(await screen.findByText("1 personne")).toBeInTheDocument();
    const row = screen.getByRole("link", { name: "LEFÈVRE Éloïse Marie" });
    expect(row).toHaveAttribute("href", "/beneficiaires/p1");
    // One request for the whole word, not one per letter; the new search starts from page 1.
    const queries = server.sent("GET /api/beneficiaries").map((r) => r.query.get("q"));
    expect(queries).toEqual([null, "lefevre"]);
    expect(server.sent("GET /api/beneficiaries")[1]?.query.get("page")).toBe("0");
  });

  it("restores the search and filters from the URL, and resets the page when a filter changes", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "GET /api/beneficiaries": () => json(200, aPage([aBeneficiarySummary()], { total: 45, page: 1 })),
    });
    const { user, router } = renderApp("/beneficiaires?q=martin&commune=38052&status=ALL&page=2");

    await screen.findByText("45 personnes");
    expect(screen.getByLabelText(/^Rechercher une personne/)).toHaveValue("martin");
    expect(screen.getByLabelText("Commune")).toHaveValue("38052");
    const sent = server.sent("GET /api/beneficiaries")[0]?.query;
    expect(Object.fromEntries(sent ?? [])).toEqual({ q: "martin", commune: "38052", status: "ALL", page: "1", size: "20" });
    const pagination = screen.getByRole("navigation", { name: "Pagination" });
    expect(within(pagination).getByRole("link", { name: "2" })).toHaveAttribute("aria-current", "true");

    await user.selectOptions(screen.getByLabelText("GIR"), "4");

    await waitFor(() => expect(router.state.location.search).toBe("?q=martin&commune=38052&gir=4&status=ALL"));
    await waitFor(() => expect(server.sent("GET /api/beneficiaries").at(-1)?.query.get("gir")).toBe("4"));
    expect(server.sent("GET /api/beneficiaries").at(-1)?.query.get("page")).toBe("0");
  });

  it("shows the search typed in another entry when the agent goes back", async () => {
    mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "GET /api/beneficiaries": search,
    });
    const { router } = renderApp("/beneficiaires?q=lefevre");
    await screen.findByText("1 personne");

    await act(() => router.navigate("/beneficiaires?q=dupont"));
    await waitFor(() => expect(screen.getByLabelText(/^Rechercher une personne/)).toHaveValue("dupont"));
    await act(() => router.navigate(-1));

    await waitFor(() => expect(screen.getByLabelText(/^Rechercher une personne/)).toHaveValue("lefevre"));
    expect(await screen.findByText("1 personne")).toBeInTheDocument();
  });

  it("says when nobody matches", async () => {
    mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "GET /api/beneficiaries": search,
    });

    renderApp("/beneficiaires?q=personne");

    expect(await screen.findByText("Aucune personne ne correspond à votre recherche.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("tells the agent when the search fails", async () => {
    mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "GET /api/beneficiaries": () =>
        problem(400, aProblem(400, "malformed-request", { detail: "Le paramètre « ageMin » est invalide." })),
    });

    renderApp("/beneficiaires");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("La recherche n'a pas abouti");
    expect(alert).toHaveTextContent("Le paramètre « ageMin » est invalide.");
  });

  it("offers to create a record to those who may, not to the président", async () => {
    mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["PRESIDENT"] }))),
      "GET /api/communes": () => json(200, someCommunes),
      "GET /api/beneficiaries": search,
    });

    renderApp("/beneficiaires");

    await screen.findByText("45 personnes");
    expect(screen.queryByRole("link", { name: "Nouvelle fiche" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Bénéficiaires" }).length).toBeGreaterThan(0);
  });
});
