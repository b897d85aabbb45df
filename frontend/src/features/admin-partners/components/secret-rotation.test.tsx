import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { startSession } from "@/lib/auth/session-store";
import { aTokenResponse } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import type { PartnerClient } from "../api/types";
import { SecretRotation } from "./secret-rotation";

const partner: PartnerClient = {
  id: "p-1",
  clientId: "ptn_abc123",
  name: "Département de l'Isère",
  type: "DEPARTEMENT",
  departement: "38",
  enabled: true,
  rotationInProgress: false,
};

describe("SecretRotation", () => {
  it("renews the secret after confirmation, shows the new one once and says the old one still works", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "POST /api/admin/partners/p-1/secret": () =>
        json(200, { client: { ...partner, rotationInProgress: true }, clientSecret: "new-secret-0123456789" }),
      "GET /api/admin/partners": () => json(200, [{ ...partner, rotationInProgress: true }]),
    });
    const { user } = renderWithProviders(<SecretRotation partner={partner} />);

    await user.click(screen.getByRole("button", { name: "Renouveler le secret" }));
    expect(server.sent("POST /api/admin/partners/p-1/secret")).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Confirmer le renouvellement" }));

    const panel = await screen.findByRole("region", { name: "Nouveau secret" });
    expect(panel).toHaveTextContent("L'ancien secret reste accepté jusqu'à ce que vous le retiriez");
    expect(screen.getByLabelText("Secret")).toHaveValue("new-secret-0123456789");
    expect(server.sent("POST /api/admin/partners/p-1/secret")).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "J'ai conservé le secret" }));
    expect(screen.queryByDisplayValue("new-secret-0123456789")).not.toBeInTheDocument();
  });

  it("offers to retire the old secret while two are accepted", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      "POST /api/admin/partners/p-1/secret/retire-previous": () => json(200, { ...partner, rotationInProgress: false }),
      "GET /api/admin/partners": () => json(200, [partner]),
    });
    const rotating = { ...partner, rotationInProgress: true, secretRotatedAt: "2026-11-20T10:00:00Z" };
    const { user } = renderWithProviders(<SecretRotation partner={rotating} />);

    expect(screen.getByText("Rotation en cours")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retirer l'ancien secret" }));
    await vi.waitFor(() => expect(server.sent("POST /api/admin/partners/p-1/secret/retire-previous")).toHaveLength(1));
  });

  it("has no retire button when only one secret is accepted", () => {
    mockApi({});
    renderWithProviders(<SecretRotation partner={partner} />);
    expect(screen.queryByRole("button", { name: "Retirer l'ancien secret" })).not.toBeInTheDocument();
    expect(screen.getByText("Secret d'origine, jamais renouvelé.")).toBeInTheDocument();
  });
});
