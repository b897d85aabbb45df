import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { aMe, aProblem, aTokenResponse, anAgent } from "@/testing/fixtures";
import { json, mockApi, noContent, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const noSession = () => problem(401, aProblem(401, "unauthorized", { detail: "Session absente." }));

describe("the app", () => {
  it("restores the session from the refresh cookie on start", async () => {
    mockApi({ "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ firstName: "Claire", lastName: "Martin" }))) });

    renderApp("/");

    expect(await screen.findByRole("heading", { level: 1, name: "Bonjour Claire Martin" })).toBeInTheDocument();
    expect(screen.getByText("CIAS de l'Oisans")).toBeInTheDocument();
    expect(screen.getByText("Centre intercommunal d'action sociale (CIAS)")).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Vos rôles" })).getByText("Administrateur")).toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Vos communes" })).getByText(/Huez/)).toBeInTheDocument();
  });

  it("sends a visitor without session to the login page", async () => {
    mockApi({ "POST /api/auth/refresh": noSession });

    renderApp("/administration/agents");

    expect(await screen.findByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Se déconnecter" })).not.toBeInTheDocument();
  });

  it("takes the agent back to the page they asked for once signed in", async () => {
    mockApi({
      "POST /api/auth/refresh": noSession,
      "POST /api/auth/login": () => json(200, aTokenResponse(aMe({ roles: ["ADMIN"] }))),
      "GET /api/admin/agents": () => json(200, [anAgent({ firstName: "Paul", lastName: "Roux" })]),
    });
    const { user } = renderApp("/administration/agents");

    await user.type(await screen.findByLabelText(/^Adresse électronique/), "claire.martin@cias-oisans.fr");
    await user.type(screen.getByLabelText("Mot de passe"), "le-bon-mot-de-passe");
    await user.click(screen.getByRole("button", { name: "Se connecter" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Agents" })).toBeInTheDocument();
    expect(await screen.findByRole("cell", { name: "Roux Paul" })).toBeInTheDocument();
  });

  it("shows the Administration link to administrators only", async () => {
    mockApi({ "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["INSTRUCTEUR"] }))) });

    renderApp("/");

    await screen.findByRole("heading", { level: 1, name: /^Bonjour/ });
    expect(screen.getAllByRole("link", { name: "Accueil" }).length).toBeGreaterThan(0);
    expect(screen.queryByRole("link", { name: "Administration" })).not.toBeInTheDocument();
  });

  it("refuses the administration pages to other roles", async () => {
    mockApi({ "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["ACCUEIL"] }))) });

    renderApp("/administration/agents");

    expect(await screen.findByRole("heading", { level: 1, name: "Accès refusé" })).toBeInTheDocument();
  });

  it("answers an unknown address with a French 404 page", async () => {
    mockApi({ "POST /api/auth/refresh": noSession });

    renderApp("/nulle-part");

    expect(await screen.findByRole("heading", { level: 1, name: "Page non trouvée" })).toBeInTheDocument();
  });

  it("sends the agent to the login page when the session cannot be renewed", async () => {
    mockApi({
      "POST /api/auth/refresh": [() => json(200, aTokenResponse()), noSession],
      "GET /api/admin/agents": noSession,
    });

    renderApp("/administration/agents");

    expect(await screen.findByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeInTheDocument();
    expect(screen.getByText("Votre session a expiré. Reconnectez-vous pour continuer.")).toBeInTheDocument();
  });

  it("lists the new agent after creating it", async () => {
    const created = anAgent({ id: "new", firstName: "Ana", lastName: "Bel", email: "ana.bel@cias.fr" });
    mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse()),
      "GET /api/admin/agents": [() => json(200, [anAgent()]), () => json(200, [anAgent(), created])],
      "POST /api/admin/agents": () => json(201, created),
    });
    const { user } = renderApp("/administration/agents");

    await screen.findByRole("cell", { name: "Roux Paul" });
    await user.type(screen.getByLabelText(/^Adresse électronique/), "ana.bel@cias.fr");
    await user.type(screen.getByLabelText("Prénom"), "Ana");
    await user.type(screen.getByLabelText("Nom"), "Bel");
    await user.click(screen.getByLabelText(/^Instructeur/));
    await user.type(screen.getByLabelText(/^Mot de passe initial/), "un-mot-de-passe-solide");
    await user.click(screen.getByRole("button", { name: "Créer l'agent" }));

    expect(await screen.findByRole("cell", { name: "Bel Ana" })).toBeInTheDocument();
    expect(screen.getByRole("cell", { name: "ana.bel@cias.fr" })).toBeInTheDocument();
  });

  it("logs out on the server, then shows the login page", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse()),
      "POST /api/auth/logout": () => noContent(),
    });
    const { user } = renderApp("/");

    await screen.findByRole("heading", { level: 1, name: /^Bonjour/ });
    await user.click(screen.getAllByRole("button", { name: "Se déconnecter" })[0]!);

    expect(await screen.findByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeInTheDocument();
    expect(server.sent("POST /api/auth/logout")).toHaveLength(1);
    expect(screen.getByText("Vous êtes déconnecté.")).toBeInTheDocument();
  });
});
