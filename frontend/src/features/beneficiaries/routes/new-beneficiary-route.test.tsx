import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aBeneficiary, someCommunes } from "@/testing/beneficiary-fixtures";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const instructeur = () => json(200, aTokenResponse(aMe({ id: "agent-1", roles: ["INSTRUCTEUR"] })));

type User = ReturnType<typeof renderApp>["user"];

async function fillIdentity(user: User) {
  await user.type(await screen.findByLabelText(/^Nom de naissance/), "Lefèvre");
  await user.type(screen.getByLabelText(/^Prénoms/), "Éloïse");
  await user.click(screen.getByLabelText("Femme"));
  fireEvent.change(screen.getByLabelText(/^Date de naissance/), { target: { value: "1941-03-14" } });
  await user.type(screen.getByLabelText(/^Code du lieu de naissance/), "76540");
  await user.click(screen.getByLabelText("Française"));
}

// The whole form renders on every key typed: slower than a small form under a parallel run.
describe("creating a record", { timeout: 20_000 }, () => {
  it("shows each server error at its field, nested ones included, with a summary that links to them", async () => {
    mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "POST /api/beneficiaries": () =>
        problem(
          422,
          aProblem(422, "validation", {
            detail: "3 champs sont invalides.",
            errors: [
              { field: "nir", message: "La clé du NIR ne correspond pas : 31 attendu, 32 saisi." },
              { field: "address.postcode", message: "Le code postal 38000 ne correspond pas à Le Bourg-d'Oisans (38520)." },
              { field: "household[1].lastName", message: "Le nom est obligatoire." },
            ],
          }),
        ),
    });
    const { user } = renderApp("/beneficiaires/nouveau");

    await fillIdentity(user);
    await user.type(screen.getByLabelText(/^NIR/), "2 41 03 76 540 123 32");
    await user.type(screen.getByLabelText(/^Code postal/), "38000");
    await user.click(screen.getByRole("button", { name: "Ajouter un membre du foyer" }));
    await user.click(screen.getByRole("button", { name: "Ajouter un membre du foyer" }));
    await user.click(screen.getByRole("button", { name: "Créer la fiche" }));

    const summary = await screen.findByRole("alert", { name: "Le formulaire contient 3 erreurs" });
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText(/^NIR/)).toHaveAccessibleDescription(
      "La clé du NIR ne correspond pas : 31 attendu, 32 saisi.",
    );
    expect(screen.getByLabelText(/^Code postal/)).toHaveAccessibleDescription(
      "Le code postal 38000 ne correspond pas à Le Bourg-d'Oisans (38520).",
    );
    const secondMember = screen.getByRole("group", { name: "Membre 2" });
    expect(within(secondMember).getByLabelText(/^Nom/)).toHaveAccessibleDescription("Le nom est obligatoire.");
    const firstMember = screen.getByRole("group", { name: "Membre 1" });
    expect(within(firstMember).getByLabelText(/^Nom/)).not.toHaveAccessibleDescription();

    await user.click(within(summary).getByRole("link", { name: "Foyer, membre 2 : nom : Le nom est obligatoire." }));
    expect(within(secondMember).getByLabelText(/^Nom/)).toHaveFocus();
  });

  it("checks the required identity before sending anything", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
    });
    const { user } = renderApp("/beneficiaires/nouveau");

    await user.click(await screen.findByRole("button", { name: "Créer la fiche" }));

    expect(await screen.findByRole("alert", { name: "Le formulaire contient 6 erreurs" })).toHaveFocus();
    expect(screen.getByLabelText(/^Nom de naissance/)).toHaveAccessibleDescription("Le nom de naissance est obligatoire.");
    expect(server.sent("POST /api/beneficiaries")).toHaveLength(0);
  });

  it("sends amounts in cents, then shows the record with the server's warnings", async () => {
    const created = aBeneficiary({
      id: "new-id",
      resources: [{ type: "RETRAITE_BASE", owner: "BENEFICIAIRE", monthlyAmountCents: 123456 }],
      warnings: [{ field: "nir", message: "NIR provisoire : à confirmer auprès de l'assurance maladie." }],
    });
    const server = mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "POST /api/beneficiaries": () => json(201, created, { ETag: '"0"' }),
    });
    const { user, router } = renderApp("/beneficiaires/nouveau");

    await fillIdentity(user);
    await user.selectOptions(screen.getByRole("combobox", { name: /^Commune(?! ou)/ }), "38052");
    await user.click(screen.getByRole("button", { name: "Ajouter une ressource" }));
    expect(screen.getByLabelText(/^Type de ressource/)).toHaveFocus();
    await user.selectOptions(screen.getByLabelText(/^Type de ressource/), "RETRAITE_BASE");
    await user.type(screen.getByLabelText(/^Montant mensuel/), "1 234,56");
    await user.click(screen.getByRole("button", { name: "Créer la fiche" }));

    expect(await screen.findByRole("heading", { level: 1, name: "LEFÈVRE Éloïse Marie" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/beneficiaires/new-id");
    expect(screen.getByText("La fiche a été créée.")).toBeInTheDocument();
    expect(screen.getByText(/NIR : NIR provisoire : à confirmer/)).toBeInTheDocument();
    const body = server.sent("POST /api/beneficiaries")[0]?.body as Record<string, unknown>;
    expect(body.resources).toEqual([{ type: "RETRAITE_BASE", owner: "BENEFICIAIRE", monthlyAmountCents: 123456 }]);
    expect(body.address).toEqual({ communeCode: "38052", outsideTerritory: false });
    expect(body).not.toHaveProperty("duplicateReason");
  });

  it("offers to open the existing record after a duplicate, or to create anyway with a reason", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "POST /api/beneficiaries": [
        () =>
          problem(
            409,
            aProblem(409, "duplicate", {
              detail: "Une fiche existe déjà pour cette personne.",
              existingId: "existing-id",
              errors: [{ field: "duplicateReason", message: "Doublon probable." }],
            }),
          ),
        () => json(201, aBeneficiary({ id: "second-id" }), { ETag: '"0"' }),
      ],
    });
    const { user, router } = renderApp("/beneficiaires/nouveau");

    await fillIdentity(user);
    await user.click(screen.getByRole("button", { name: "Créer la fiche" }));

    const alert = await screen.findByRole("alert", { name: "Une fiche existe déjà pour cette personne" });
    expect(alert).toHaveFocus();
    expect(within(alert).getByRole("link", { name: /Ouvrir la fiche existante/ })).toHaveAttribute(
      "href",
      "/beneficiaires/existing-id",
    );
    // The duplicate is not a field error of the form.
    expect(screen.queryByRole("alert", { name: /Le formulaire contient/ })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole("button", { name: "Créer quand même" }));
    const reason = await screen.findByLabelText(/^Raison de créer une nouvelle fiche/);
    await user.click(screen.getByRole("button", { name: "Créer quand même la fiche" }));
    expect(reason).toHaveAccessibleDescription("Indiquez pourquoi créer une nouvelle fiche malgré la fiche existante.");
    expect(server.sent("POST /api/beneficiaries")).toHaveLength(1);

    await user.type(reason, "Homonyme, vérifié sur pièce d'identité.");
    await user.click(screen.getByRole("button", { name: "Créer quand même la fiche" }));

    await screen.findByText("La fiche a été créée.");
    expect(router.state.location.pathname).toBe("/beneficiaires/second-id");
    const second = server.sent("POST /api/beneficiaries")[1]?.body as Record<string, unknown>;
    expect(second.duplicateReason).toBe("Homonyme, vérifié sur pièce d'identité.");
    expect(second.birthName).toBe("Lefèvre");
  });

  it("gives no link when the existing record is outside the agent's communes", async () => {
    mockApi({
      "POST /api/auth/refresh": instructeur,
      "GET /api/communes": () => json(200, someCommunes),
      "POST /api/beneficiaries": () =>
        problem(409, aProblem(409, "duplicate", { detail: "Une fiche existe déjà dans une autre commune." })),
    });
    const { user } = renderApp("/beneficiaires/nouveau");

    await fillIdentity(user);
    await user.click(screen.getByRole("button", { name: "Créer la fiche" }));

    const alert = await screen.findByRole("alert", { name: "Une fiche existe déjà pour cette personne" });
    expect(within(alert).queryByRole("link")).not.toBeInTheDocument();
    expect(alert).toHaveTextContent("hors de votre périmètre");
    expect(within(alert).getByRole("button", { name: "Créer quand même" })).toBeInTheDocument();
  });

  it("is closed to the président, who only reads", async () => {
    mockApi({ "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["PRESIDENT"] }))) });

    renderApp("/beneficiaires/nouveau");

    expect(await screen.findByRole("heading", { level: 1, name: "Accès refusé" })).toBeInTheDocument();
  });
});
