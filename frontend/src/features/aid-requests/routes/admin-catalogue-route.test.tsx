import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const secours = {
  id: "5ec0u125-0000-4000-8000-000000000001",
  code: "SECOURS_URGENCE",
  label: "Secours d'urgence",
  kind: "FACULTATIVE",
  ceilingCents: 30_000,
  frequencyMonths: 12,
  pieces: [{ code: "IDENTITE", label: "Pièce d'identité", required: true }],
  active: true,
};
const apa = {
  id: "a9a00000-0000-4000-8000-000000000002",
  code: "APA_DOMICILE",
  label: "APA à domicile",
  kind: "LEGAL",
  legalFamily: "APA_DOMICILE",
  pieces: [],
  active: true,
};
const asAdmin = () => json(200, aTokenResponse(aMe({ roles: ["ADMIN"] })));

describe("the catalogue's administration", { timeout: 20_000 }, () => {
  it("lists the aids and changes the ceiling of a facultative one", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": asAdmin,
      "GET /api/catalogue": () => json(200, [apa, secours]),
      [`PUT /api/admin/catalogue/${secours.id}`]: () => json(200, { ...secours, ceilingCents: 15_000 }),
    });
    const { user, router } = renderApp("/administration/catalogue");

    const table = await screen.findByRole("table", { name: "Aides du catalogue" }, { timeout: 5000 });
    const row = within(table).getByRole("row", { name: /Secours d'urgence/ });
    expect(row).toHaveTextContent(/plafond 300,00\s€, une fois par 12 mois/);
    expect(screen.getByRole("navigation", { name: /Administration/ })).toBeInTheDocument();
    await user.click(within(row).getByRole("link", { name: "Secours d'urgence" }));

    const ceiling = await screen.findByLabelText(/Plafond \(€\)/);
    expect(ceiling).toHaveValue("300");
    await user.clear(ceiling);
    await user.type(ceiling, "150");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    expect(await screen.findByText("« Secours d'urgence » est enregistrée.")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/administration/catalogue");
    expect(server.sent(`PUT /api/admin/catalogue/${secours.id}`)[0]?.body).toEqual({
      code: "SECOURS_URGENCE",
      label: "Secours d'urgence",
      kind: "FACULTATIVE",
      ceilingCents: 15_000,
      frequencyMonths: 12,
      pieces: [{ code: "IDENTITE", label: "Pièce d'identité", required: true }],
      active: true,
    });
  });

  it("disables an aid and keeps the rest of it as it was", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": asAdmin,
      "GET /api/catalogue": [() => json(200, [apa, secours]), () => json(200, [apa, { ...secours, active: false }])],
      [`PUT /api/admin/catalogue/${secours.id}`]: () => json(200, { ...secours, active: false }),
    });
    const { user } = renderApp("/administration/catalogue");

    await user.click(await screen.findByRole("button", { name: "Désactiver Secours d'urgence" }));

    const row = await screen.findByRole("row", { name: /Secours d'urgence.*Désactivée/ });
    expect(within(row).getByRole("button", { name: "Réactiver Secours d'urgence" })).toBeInTheDocument();
    expect(server.sent(`PUT /api/admin/catalogue/${secours.id}`)[0]?.body).toEqual({
      code: "SECOURS_URGENCE",
      label: "Secours d'urgence",
      kind: "FACULTATIVE",
      ceilingCents: 30_000,
      frequencyMonths: 12,
      pieces: [{ code: "IDENTITE", label: "Pièce d'identité", required: true }],
      active: false,
    });
  });

  it("shows the server's validation messages at their fields", async () => {
    mockApi({
      "POST /api/auth/refresh": asAdmin,
      "GET /api/catalogue": () => json(200, [secours]),
      "POST /api/admin/catalogue": () =>
        problem(
          422,
          aProblem(422, "validation", {
            errors: [
              { field: "code", message: "Code en majuscules (A-Z, 0-9, _)." },
              { field: "pieces[0].label", message: "Le libellé est obligatoire." },
              { field: "scale.brackets[1].upToCents", message: "Les seuils doivent être croissants." },
            ],
          }),
        ),
    });
    const { user } = renderApp("/administration/catalogue/nouvelle");

    await user.type(await screen.findByLabelText("Libellé", {}, { timeout: 5000 }), "Aide à la rentrée");
    await user.type(screen.getByLabelText(/^Code/), "RENTREE-2026");
    await user.click(screen.getByRole("button", { name: "Ajouter une pièce" }));
    await user.type(screen.getByLabelText("Pièce 1 : code"), "RIB");
    await user.selectOptions(screen.getByLabelText(/^Barème/), "QUOTIENT_FAMILIAL");
    await user.type(screen.getByLabelText("Tranche 1 : jusqu'à (€)"), "800");
    await user.type(screen.getByLabelText("Tranche 1 : montant (€)"), "100");
    await user.click(screen.getByRole("button", { name: "Ajouter une tranche" }));
    await user.type(screen.getByLabelText("Tranche 2 : jusqu'à (€)"), "600");
    await user.type(screen.getByLabelText("Tranche 2 : montant (€)"), "50");
    await user.click(screen.getByRole("button", { name: "Ajouter l'aide" }));

    expect(await screen.findByText("Corrigez les champs signalés.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Code/)).toHaveAccessibleDescription(/Code en majuscules/);
    expect(screen.getByLabelText("Pièce 1 : libellé")).toHaveAccessibleDescription(/Le libellé est obligatoire/);
    expect(screen.getByLabelText("Tranche 2 : jusqu'à (€)")).toHaveAccessibleDescription(/Les seuils doivent être croissants/);
    // The summary at the top lists them all, each a link to its field.
    const summary = screen.getByRole("alert");
    expect(within(summary).getAllByRole("link").map((link) => link.textContent)).toEqual([
      "Code : Code en majuscules (A-Z, 0-9, _).",
      "Pièce 1 : libellé : Le libellé est obligatoire.",
      "Tranche 2 : jusqu'à : Les seuils doivent être croissants.",
    ]);
    await user.click(within(summary).getByRole("link", { name: /^Pièce 1 : libellé/ }));
    expect(screen.getByLabelText("Pièce 1 : libellé")).toHaveFocus();
  });

  it("votes the budget of a facultative aid for the year", async () => {
    const year = new Date().getFullYear();
    const server = mockApi({
      "POST /api/auth/refresh": asAdmin,
      "GET /api/catalogue": () => json(200, [apa, secours]),
      "GET /api/budget": () => json(200, []),
      [`PUT /api/admin/budget/${year}/${secours.id}`]: () =>
        json(200, { aidTypeId: secours.id, aidTypeCode: secours.code, year, votedCents: 1_200_000, committedCents: 0, paidCents: 0, remainingCents: 1_200_000 }),
    });
    const { user } = renderApp("/administration/budget");

    const amount = await screen.findByLabelText("Montant voté pour Secours d'urgence (€)", {}, { timeout: 5000 });
    expect(screen.queryByLabelText(/Montant voté pour APA/)).not.toBeInTheDocument();
    await user.type(amount, "12 000");
    await user.click(within(screen.getByRole("form", { name: `Budget ${year} de Secours d'urgence` })).getByRole("button", { name: "Voter" }));

    expect(await screen.findByText("Montant enregistré.")).toBeInTheDocument();
    expect(server.sent(`PUT /api/admin/budget/${year}/${secours.id}`)[0]?.body).toEqual({ votedCents: 1_200_000 });
  });
});
