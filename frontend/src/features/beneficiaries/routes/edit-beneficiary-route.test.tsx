import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aBeneficiary, someCommunes } from "@/testing/beneficiary-fixtures";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const id = "6f1c2a3b-0000-4000-8000-000000000101";
/** The person's own phone: the health section has phone fields too. */
const phoneField = () => within(screen.getByRole("group", { name: "Contact" })).getByLabelText(/^Téléphone/);
const session = (roles: ("INSTRUCTEUR" | "ACCUEIL")[]) => () =>
  json(200, aTokenResponse(aMe({ id: "agent-1", roles })));

// The whole form renders on every key typed: slower than a small form under a parallel run.
describe("editing a record", { timeout: 20_000 }, () => {
  it("opened from a dossier, focuses the named field and goes back to the request once saved", async () => {
    const request = "7a2b3c4d-0000-4000-8000-000000000201";
    mockApi({
      "POST /api/auth/refresh": session(["INSTRUCTEUR"]),
      "GET /api/communes": () => json(200, someCommunes),
      [`GET /api/beneficiaries/${id}`]: () => json(200, aBeneficiary({ version: 3 }), { ETag: '"3"' }),
      [`PUT /api/beneficiaries/${id}`]: () => json(200, aBeneficiary({ version: 4, familySituation: "VEUF" }), { ETag: '"4"' }),
      [`GET /api/aid-requests/${request}`]: () => json(404, { status: 404, title: "Ressource introuvable" }),
    });
    const { user, router } = renderApp(`/beneficiaires/${id}/modifier?champ=familySituation&retour=/demandes/${request}`);

    const field = await screen.findByLabelText(/^Situation familiale/, {}, { timeout: 5_000 });
    await waitFor(() => expect(field).toHaveFocus());
    await user.selectOptions(field, "VEUF");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/demandes/${request}`));
  });

  it("sends the version read in If-Match and, when someone saved in between, keeps the typed values and offers the current version", async () => {
    const read = aBeneficiary({ version: 3, phone: "06 12 34 56 78" });
    const current = aBeneficiary({ version: 4, phone: "04 76 80 00 00" });
    const server = mockApi({
      "POST /api/auth/refresh": session(["INSTRUCTEUR"]),
      "GET /api/communes": () => json(200, someCommunes),
      [`GET /api/beneficiaries/${id}`]: [() => json(200, read, { ETag: '"3"' }), () => json(200, current, { ETag: '"4"' })],
      [`PUT /api/beneficiaries/${id}`]: [
        () =>
          problem(
            412,
            aProblem(412, "precondition-failed", { detail: "La fiche a été modifiée par quelqu'un d'autre." }),
          ),
        () => json(200, aBeneficiary({ version: 5, phone: "07 00 00 00 01" }), { ETag: '"5"' }),
      ],
    });
    const { user, router } = renderApp(`/beneficiaires/${id}/modifier`);

    await screen.findByRole("group", { name: "Contact" });
    const phone = phoneField();
    expect(phone).toHaveValue("06 12 34 56 78");
    await user.clear(phone);
    await user.type(phone, "07 00 00 00 01");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    const conflict = await screen.findByRole("alert", {
      name: "Cette fiche a été modifiée par un autre agent pendant votre saisie",
    });
    expect(conflict).toHaveFocus();
    expect(server.sent(`PUT /api/beneficiaries/${id}`)[0]?.headers.get("If-Match")).toBe('"3"');
    expect(phoneField()).toHaveValue("07 00 00 00 01");
    expect(router.state.location.pathname).toBe(`/beneficiaires/${id}/modifier`);

    await user.click(screen.getByRole("button", { name: "Recharger la version actuelle" }));

    expect(await screen.findByDisplayValue("04 76 80 00 00")).toBeInTheDocument();
    expect(screen.queryByRole("alert", { name: /modifiée par un autre agent/ })).not.toBeInTheDocument();
    await user.clear(phoneField());
    await user.type(phoneField(), "07 00 00 00 01");
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    expect(await screen.findByText("Les modifications ont été enregistrées.")).toBeInTheDocument();
    expect(server.sent(`PUT /api/beneficiaries/${id}`)[1]?.headers.get("If-Match")).toBe('"4"');
    expect(router.state.location.pathname).toBe(`/beneficiaires/${id}`);
  });

  it("does not send a front-desk agent's masked NIR back, nor notes", async () => {
    const masked = aBeneficiary({ nir: "2 41 03 ** *** *** **", nirMasked: true, notes: undefined });
    const server = mockApi({
      "POST /api/auth/refresh": session(["ACCUEIL"]),
      "GET /api/communes": () => json(200, someCommunes.slice(0, 1)),
      [`GET /api/beneficiaries/${id}`]: () => json(200, masked, { ETag: '"3"' }),
      [`PUT /api/beneficiaries/${id}`]: () => json(200, masked, { ETag: '"4"' }),
    });
    const { user } = renderApp(`/beneficiaires/${id}/modifier`);

    const nir = await screen.findByLabelText(/^NIR/);
    expect(nir).toHaveValue("");
    expect(nir).toHaveAccessibleName(/NIR enregistré : 2 41 03 \*\* \*\*\* \*\*\* \*\*/);
    expect(screen.queryByLabelText(/^Notes/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/hors du territoire/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Enregistrer les modifications" }));

    await screen.findByText("Les modifications ont été enregistrées.");
    const body = server.sent(`PUT /api/beneficiaries/${id}`)[0]?.body as Record<string, unknown>;
    expect(body).not.toHaveProperty("nir");
    expect(body).not.toHaveProperty("notes");
    expect(body.birthName).toBe("Lefèvre");
    expect(body.address).toEqual({
      street: "12 rue des Lilas",
      postcode: "38520",
      communeCode: "38052",
      outsideTerritory: false,
    });
  });
});
