import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { startSession } from "@/lib/auth/session-store";
import { aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import { CreatePartnerForm } from "./create-partner-form";

const created = {
  client: { id: "p-1", clientId: "ptn_abc123", name: "Département de l'Isère", type: "DEPARTEMENT", departement: "38", enabled: true },
  clientSecret: "s3cr3t-shown-once-0123456789abcdef",
};

describe("CreatePartnerForm", () => {
  it("shows the new partner's secret once, with its client_id, until the administrator has kept it", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "POST /api/admin/partners": () => json(201, created),
      "GET /api/admin/partners": () => json(200, [created.client]),
    });
    const { user, queryClient } = renderWithProviders(<CreatePartnerForm />);

    await user.type(screen.getByLabelText(/^Nom/), "Département de l'Isère");
    await user.click(screen.getByLabelText("Conseil départemental"));
    await user.type(screen.getByLabelText(/^Code du département/), "38");
    await user.click(screen.getByRole("button", { name: "Enregistrer le partenaire" }));

    const panel = await screen.findByRole("region", { name: "Partenaire enregistré : Département de l'Isère" });
    expect(panel).toHaveTextContent("ptn_abc123");
    expect(screen.getByLabelText("Secret")).toHaveValue(created.clientSecret);
    expect(screen.getByRole("heading", { name: "Partenaire enregistré : Département de l'Isère" })).toHaveFocus();
    expect(server.sent("POST /api/admin/partners")[0]?.body).toEqual({
      name: "Département de l'Isère",
      type: "DEPARTEMENT",
      departement: "38",
    });
    // Nothing but the panel holds the secret: not the mutation cache, not a query.
    await vi.waitFor(() =>
      expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.data))).not.toContain(created.clientSecret),
    );
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain(created.clientSecret);

    await user.click(screen.getByRole("button", { name: "J'ai conservé le secret" }));

    expect(screen.queryByRole("region", { name: /Partenaire enregistré/ })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(created.clientSecret)).not.toBeInTheDocument();
    expect(screen.queryByText(created.clientSecret)).not.toBeInTheDocument();
  });

  it("asks for the département's code before sending, and sends none for a CAF", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "POST /api/admin/partners": () => json(201, { ...created, client: { ...created.client, type: "CAF", departement: null } }),
      "GET /api/admin/partners": () => json(200, []),
    });
    const { user } = renderWithProviders(<CreatePartnerForm />);

    await user.type(screen.getByLabelText(/^Nom/), "CAF de l'Isère");
    await user.click(screen.getByLabelText("Conseil départemental"));
    await user.click(screen.getByRole("button", { name: "Enregistrer le partenaire" }));
    expect(screen.getByLabelText(/^Code du département/)).toHaveAccessibleDescription(
      expect.stringContaining("Indiquez le code du département") as unknown as string,
    );
    expect(server.sent("POST /api/admin/partners")).toHaveLength(0);

    await user.click(screen.getByLabelText("CAF"));
    await user.click(screen.getByRole("button", { name: "Enregistrer le partenaire" }));
    await screen.findByRole("region", { name: /Partenaire enregistré/ });
    expect(server.sent("POST /api/admin/partners")[0]?.body).toEqual({ name: "CAF de l'Isère", type: "CAF" });
  });

  it("puts the server's refusal next to the field it names", async () => {
    startSession(aTokenResponse());
    mockApi({
      "POST /api/admin/partners": () =>
        problem(
          422,
          aProblem(422, "validation", {
            detail: "1 champ est invalide.",
            errors: [{ field: "departement", message: "Code de département invalide (ex. 38, 2A, 974)." }],
          }),
        ),
    });
    const { user } = renderWithProviders(<CreatePartnerForm />);

    await user.type(screen.getByLabelText(/^Nom/), "Département inconnu");
    await user.click(screen.getByLabelText("Conseil départemental"));
    await user.type(screen.getByLabelText(/^Code du département/), "99");
    await user.click(screen.getByRole("button", { name: "Enregistrer le partenaire" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("1 champ est invalide.");
    expect(screen.getByLabelText(/^Code du département/)).toHaveAccessibleDescription(
      expect.stringContaining("Code de département invalide") as unknown as string,
    );
    expect(screen.queryByRole("region", { name: /Partenaire enregistré/ })).not.toBeInTheDocument();
  });
});
