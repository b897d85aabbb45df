import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getSession } from "@/lib/auth/session-store";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import { LoginForm } from "./login-form";

async function fillAndSubmit(user: ReturnType<typeof renderWithProviders>["user"], email: string, password: string) {
  await user.type(screen.getByLabelText(/^Adresse électronique/), email);
  await user.type(screen.getByLabelText("Mot de passe"), password);
  await user.click(screen.getByRole("button", { name: "Se connecter" }));
}

describe("LoginForm", () => {
  it("says the email or password is wrong when the server refuses them", async () => {
    mockApi({
      "POST /api/auth/login": () =>
        problem(401, aProblem(401, "invalid-credentials", { detail: "Identifiants incorrects." })),
    });
    const { user } = renderWithProviders(<LoginForm />);

    await fillAndSubmit(user, "claire.martin@cias-oisans.fr", "mauvais-mot-de-passe");

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Adresse électronique ou mot de passe incorrect.",
    );
    expect(getSession().status).not.toBe("authenticated");
  });

  it("shows the server's explanation when the account is locked", async () => {
    mockApi({
      "POST /api/auth/login": () =>
        problem(
          429,
          aProblem(429, "account-locked", { detail: "Compte verrouillé après trop d'essais. Réessayez à 14 h 32." }),
        ),
    });
    const { user } = renderWithProviders(<LoginForm />);

    await fillAndSubmit(user, "claire.martin@cias-oisans.fr", "encore-faux");

    expect(await screen.findByRole("alert")).toHaveTextContent("Compte verrouillé après trop d'essais. Réessayez à 14 h 32.");
  });

  it("opens the session with the token the server returns", async () => {
    const server = mockApi({
      "POST /api/auth/login": () => json(200, aTokenResponse(aMe({ firstName: "Claire" }), "token-B")),
    });
    const { user } = renderWithProviders(<LoginForm />);

    await fillAndSubmit(user, "  claire.martin@cias-oisans.fr ", "le-bon-mot-de-passe");

    await expect.poll(() => getSession().status).toBe("authenticated");
    expect(server.sent("POST /api/auth/login")[0]?.body).toEqual({
      email: "claire.martin@cias-oisans.fr",
      password: "le-bon-mot-de-passe",
    });
    const session = getSession();
    expect(session.status === "authenticated" && session.accessToken).toBe("token-B");
  });

  it("puts a validation message next to its field", async () => {
    mockApi({
      "POST /api/auth/login": () =>
        problem(
          422,
          aProblem(422, "validation", {
            detail: "1 champ est invalide.",
            errors: [{ field: "email", message: "L'adresse électronique est obligatoire." }],
          }),
        ),
    });
    const { user } = renderWithProviders(<LoginForm />);

    await user.type(screen.getByLabelText("Mot de passe"), "quelque-chose");
    await user.click(screen.getByRole("button", { name: "Se connecter" }));

    expect(await screen.findByLabelText(/^Adresse électronique/)).toHaveAccessibleDescription(
      "L'adresse électronique est obligatoire.",
    );
  });
});
