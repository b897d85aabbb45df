import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Route, Routes } from "react-router";
import { startSession } from "@/lib/auth/session-store";
import { aBeneficiary } from "@/testing/beneficiary-fixtures";
import { aTokenResponse } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import { NewOrientationRoute } from "./new-orientation-route";

const personId = "6f1c2a3b-0000-4000-8000-000000000101";

describe("NewOrientationRoute", () => {
  it("sends nothing until the person's consent is ticked, then opens the orientation sent", async () => {
    startSession(aTokenResponse());
    const server = mockApi({
      [`GET /api/beneficiaries/${personId}`]: () => json(200, aBeneficiary()),
      "GET /api/orientations/recipients": () =>
        json(200, [
          { id: "p-caf", name: "CAF de l'Isère", type: "CAF" },
          { id: "p-msa", name: "MSA Alpes du Nord", type: "MSA" },
        ]),
      "POST /api/orientations": () => json(201, { id: "o-1", reference: "OR-2026-0001", status: "ENVOYEE" }),
    });
    const { user, router } = renderWithProviders(
      <Routes>
        <Route path="/beneficiaires/:id/orienter" element={<NewOrientationRoute />} />
        <Route path="*" element={<p>ailleurs</p>} />
      </Routes>,
      `/beneficiaires/${personId}/orienter`,
    );

    expect(await screen.findByText("LEFÈVRE Éloïse Marie")).toBeInTheDocument();
    await user.click(await screen.findByLabelText(/^MSA Alpes du Nord/));
    await user.selectOptions(screen.getByLabelText("Motif"), "Prime d'activité");
    await user.type(screen.getByLabelText(/^Message/), "Reprise d'emploi, droits à étudier.");
    await user.click(screen.getByLabelText("Écrit"));
    await user.click(screen.getByRole("button", { name: "Envoyer l'orientation" }));

    expect(await screen.findByText(/sans son accord, pas d'orientation/)).toBeInTheDocument();
    expect(server.sent("POST /api/orientations")).toHaveLength(0);

    await user.click(screen.getByLabelText("La personne consent à la transmission de ces informations au partenaire"));
    expect(screen.queryByText(/sans son accord, pas d'orientation/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Envoyer l'orientation" }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/orientations/o-1"));
    expect(server.sent("POST /api/orientations")[0]?.body).toMatchObject({
      beneficiaryId: personId,
      partnerId: "p-msa",
      motif: "PRIME_ACTIVITE",
      message: "Reprise d'emploi, droits à étudier.",
      consent: { given: true, mode: "ECRIT" },
    });
  });
});
