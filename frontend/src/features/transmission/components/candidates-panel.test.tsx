import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { startSession } from "@/lib/auth/session-store";
import { aMe, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import type { Candidate } from "../api/types";
import { CandidatesPanel } from "./candidates-panel";

const candidates: Candidate[] = [
  { requestId: "r-1", reference: "2026-000101", personName: "MARTIN Jeanne", departement: "38", avis: "FAVORABLE", daysLeft: 4, dossierVersion: 1 },
  { requestId: "r-2", reference: "2026-000102", personName: "MOREL Paul", departement: "73", avis: "DEFAVORABLE", daysLeft: 9, dossierVersion: 2 },
  { requestId: "r-3", reference: "2026-000103", personName: "PETIT Anne", departement: "38", avis: "FAVORABLE", daysLeft: 15, dossierVersion: 1 },
];

describe("CandidatesPanel", () => {
  it("prepares a bordereau for one département with the requests ticked in it, then opens it", async () => {
    startSession(aTokenResponse(aMe({ roles: ["INSTRUCTEUR"] })));
    const server = mockApi({
      "POST /api/bordereaux": () => json(201, { id: "b-1", number: "2026-0001", departement: "38", status: "BROUILLON", lines: [] }),
      "GET /api/bordereaux/candidates": () => json(200, []),
      "GET /api/bordereaux": () => json(200, { items: [], total: 0, page: 0, size: 20 }),
    });
    const { user, router } = renderWithProviders(<CandidatesPanel candidates={candidates} canPrepare />);

    const isere = screen.getByRole("region", { name: "Département 38 — 2 demandes prêtes" });
    const savoie = screen.getByRole("region", { name: "Département 73 — 1 demande prête" });
    const prepareIsere = within(isere).getByRole("button", { name: "Préparer le bordereau (0 demande)" });
    expect(prepareIsere).toBeDisabled();

    await user.click(within(savoie).getByRole("checkbox", { name: "2026-000102" }));
    await user.click(within(isere).getByRole("button", { name: "Tout sélectionner" }));
    await user.click(within(isere).getByRole("checkbox", { name: "2026-000101" }));
    await user.click(within(isere).getByRole("button", { name: "Préparer le bordereau (1 demande)" }));

    expect(server.sent("POST /api/bordereaux")[0]?.body).toEqual({ departement: "38", requestIds: ["r-3"] });
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/bordereaux/b-1"));
  });

  it("shows the président the ready requests without letting him prepare a bordereau", () => {
    startSession(aTokenResponse(aMe({ roles: ["PRESIDENT"] })));
    mockApi({});
    renderWithProviders(<CandidatesPanel candidates={candidates} canPrepare={false} />);

    expect(screen.getByText("2026-000101")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Préparer le bordereau/ })).not.toBeInTheDocument();
  });

  it("says why nothing is ready when the list is empty", () => {
    mockApi({});
    renderWithProviders(<CandidatesPanel candidates={[]} canPrepare />);
    expect(screen.getByText(/Aucune demande n'est prête/)).toBeInTheDocument();
  });
});
