import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/session-store";
import { aProblem, aTokenResponse, anAgent, anOrganisationCommune } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import { CreateAgentForm } from "./create-agent-form";

describe("CreateAgentForm", () => {
  it("puts each validation error of the server next to its field", async () => {
    startSession(aTokenResponse());
    mockApi({
      "POST /api/admin/agents": () =>
        problem(
          422,
          aProblem(422, "validation", {
            detail: "3 champs sont invalides.",
            errors: [
              { field: "email", message: "L'adresse électronique est invalide." },
              { field: "roles", message: "Choisissez au moins un rôle." },
              { field: "password", message: "Le mot de passe doit compter entre 12 et 128 caractères." },
            ],
          }),
        ),
    });
    const { user } = renderWithProviders(<CreateAgentForm />);

    await user.type(screen.getByLabelText(/^Adresse électronique/), "pas-une-adresse");
    await user.type(screen.getByLabelText("Prénom"), "Ana");
    await user.type(screen.getByLabelText("Nom"), "Bel");
    await user.type(screen.getByLabelText(/^Mot de passe initial/), "court");
    await user.click(screen.getByRole("button", { name: "Créer l'agent" }));

    const email = await screen.findByLabelText(/^Adresse électronique/);
    expect(email).toHaveAccessibleDescription("L'adresse électronique est invalide.");
    expect(email).toHaveFocus();
    expect(screen.getByLabelText("Prénom")).not.toHaveAccessibleDescription();
    const roles = screen.getByRole("group", { name: /^Rôles/ });
    expect(within(roles).getByText("Choisissez au moins un rôle.")).toBeInTheDocument();
    expect(screen.getByText("Le mot de passe doit compter entre 12 et 128 caractères.")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("3 champs sont invalides.");
  });

  it("asks for the communes of an ACCUEIL agent and sends their INSEE codes", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "GET /api/admin/organisation/communes": () =>
        json(200, [
          anOrganisationCommune({ inseeCode: "38052", name: "Le Bourg-d'Oisans" }),
          anOrganisationCommune({ inseeCode: "38191", name: "Huez" }),
        ]),
      "POST /api/admin/agents": () => json(201, anAgent({ firstName: "Ana", lastName: "Bel", email: "ana.bel@cias.fr" })),
    });
    const { user } = renderWithProviders(<CreateAgentForm />);

    expect(screen.queryByRole("group", { name: /^Communes/ })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Adresse électronique/), "ana.bel@cias.fr");
    await user.type(screen.getByLabelText("Prénom"), "Ana");
    await user.type(screen.getByLabelText("Nom"), "Bel");
    await user.click(screen.getByLabelText(/^Accueil/));
    await user.click(await screen.findByLabelText("Huez (38191)"));
    await user.type(screen.getByLabelText(/^Mot de passe initial/), "un-mot-de-passe-solide");
    await user.click(screen.getByRole("button", { name: "Créer l'agent" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Agent créé");
    expect(server.sent("POST /api/admin/agents")[0]?.body).toEqual({
      email: "ana.bel@cias.fr",
      firstName: "Ana",
      lastName: "Bel",
      roles: ["ACCUEIL"],
      communes: ["38191"],
      password: "un-mot-de-passe-solide",
    });
    expect(screen.getByLabelText("Prénom")).toHaveValue("");
  });

  it("shows the conflict when the email is already used", async () => {
    startSession(aTokenResponse());
    mockApi({
      "POST /api/admin/agents": () =>
        problem(409, aProblem(409, "conflict", { detail: "Un agent utilise déjà cette adresse électronique." })),
    });
    const { user } = renderWithProviders(<CreateAgentForm />);

    await user.click(screen.getByRole("button", { name: "Créer l'agent" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Un agent utilise déjà cette adresse électronique.");
  });
});
