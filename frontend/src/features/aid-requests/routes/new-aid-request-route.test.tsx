import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { anAidRequest, aRequestId } from "@/testing/aid-request-fixtures";
import { aMe, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const personId = "6f1c2a3b-0000-4000-8000-000000000101";
const catalogue = [
  { id: "t-ash", code: "ASH_PA", label: "ASH personnes âgées", kind: "LEGAL", legalFamily: "ASH_PA", pieces: [] },
  { id: "t-su", code: "SECOURS_URGENCE", label: "Secours d'urgence", kind: "FACULTATIVE", ceilingCents: 30_000, pieces: [] },
];

describe("a new request", { timeout: 15_000 }, () => {
  it("asks for the establishment of an ASH request and opens the created request", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["ACCUEIL"] }))),
      "GET /api/catalogue": () => json(200, catalogue),
      "POST /api/aid-requests": () => json(201, anAidRequest({ status: "BROUILLON" }), { ETag: '"0"' }),
      [`GET /api/aid-requests/${aRequestId}/documents`]: () => json(200, []),
      [`GET /api/aid-requests/${aRequestId}/letters`]: () => json(200, []),
    });
    const { user, router } = renderApp(`/beneficiaires/${personId}/nouvelle-demande`);

    await user.selectOptions(await screen.findByLabelText("Aide demandée"), "t-ash");
    await user.type(screen.getByLabelText("Nom de l'établissement"), "EHPAD Les Écrins");
    await user.type(screen.getByLabelText(/Numéro FINESS/), "380000001");
    await user.click(screen.getByRole("button", { name: "Créer la demande" }));

    expect(await screen.findByText("La demande a été créée.")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/demandes/${aRequestId}`);
    expect(server.sent("POST /api/aid-requests")[0]?.body).toEqual({
      beneficiaryId: personId,
      aidTypeId: "t-ash",
      channel: "ACCUEIL",
      accommodation: { establishment: "EHPAD Les Écrins", finess: "380000001", habilitated: true },
    });
  });

  it("sends the requested amount of a facultative aid in cents, without establishment", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": () => json(200, aTokenResponse(aMe({ roles: ["INSTRUCTEUR"] }))),
      "GET /api/catalogue": () => json(200, catalogue),
      "POST /api/aid-requests": () => json(201, anAidRequest({ kind: "FACULTATIVE", status: "DEPOSEE" })),
      [`GET /api/aid-requests/${aRequestId}/documents`]: () => json(200, []),
      [`GET /api/aid-requests/${aRequestId}/letters`]: () => json(200, []),
    });
    const { user } = renderApp(`/beneficiaires/${personId}/nouvelle-demande`);

    await user.selectOptions(await screen.findByLabelText("Aide demandée"), "t-su");
    expect(screen.queryByLabelText("Nom de l'établissement")).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("Montant demandé (€)"), "150,50");
    await user.click(screen.getByRole("button", { name: "Créer la demande" }));

    await screen.findByText("La demande a été créée.");
    expect(server.sent("POST /api/aid-requests")[0]?.body).toEqual({
      beneficiaryId: personId,
      aidTypeId: "t-su",
      channel: "ACCUEIL",
      requestedAmountCents: 15_050,
    });
  });
});
