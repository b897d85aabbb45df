import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/session-store";
import { anAidRequest, aRequestId } from "@/testing/aid-request-fixtures";
import { aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderWithProviders } from "@/testing/render";
import { TransmissionPanel } from "./transmission-panel";

const sent = {
  id: "t-1",
  requestId: aRequestId,
  bordereauId: "b-1",
  bordereauNumber: "2026-0007",
  departement: "38",
  status: "ENVOYEE",
  dossierVersion: 2,
  sentAt: "2026-11-20T09:30:00Z",
  acknowledgedAt: null,
  receivedOn: null,
  departementReference: null,
  decision: null,
};

describe("TransmissionPanel", () => {
  it("tells a request on no bordereau yet, with the way to the bordereaux for those who prepare them", async () => {
    startSession(aTokenResponse());
    mockApi({
      [`GET /api/aid-requests/${aRequestId}/transmission`]: () =>
        problem(404, aProblem(404, "not-found", { detail: "Cette demande n'est sur aucun bordereau." })),
    });
    renderWithProviders(<TransmissionPanel request={anAidRequest({ status: "AVIS_RENDU" })} canPrepare />);

    expect(await screen.findByText(/Cette demande n'est encore sur aucun bordereau/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Préparer un bordereau" })).toHaveAttribute("href", "/bordereaux");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows the sending with its bordereau, then the acknowledgement still awaited", async () => {
    startSession(aTokenResponse());
    mockApi({ [`GET /api/aid-requests/${aRequestId}/transmission`]: () => json(200, sent) });
    renderWithProviders(<TransmissionPanel request={anAidRequest({ status: "TRANSMISE" })} canPrepare={false} />);

    const steps = await screen.findByRole("list", { name: "Étapes de la transmission" });
    expect(within(steps).getByRole("link", { name: "Bordereau n° 2026-0007" })).toHaveAttribute("href", "/bordereaux/b-1");
    expect(steps).toHaveTextContent("Envoyée le 20/11/2026 10:30");
    expect(steps).toHaveTextContent("Accusé de réception attendu");
    expect(steps).toHaveTextContent("Décision attendue");
  });

  it("shows the département's acknowledgement and its decision in full", async () => {
    startSession(aTokenResponse());
    mockApi({
      [`GET /api/aid-requests/${aRequestId}/transmission`]: () =>
        json(200, {
          ...sent,
          status: "DECIDEE",
          acknowledgedAt: "2026-11-21T08:00:00Z",
          receivedOn: "2026-11-21",
          departementReference: "APA-38-2026-00412",
          decision: {
            decision: "ACCORDEE",
            decidedOn: "2026-11-23",
            amountCents: 41250,
            effectiveOn: "2026-11-01",
            gir: 3,
            planAide: "Aide à domicile 22 h par mois",
            motif: null,
            recordedAt: "2026-11-23T10:00:00Z",
          },
        }),
    });
    renderWithProviders(<TransmissionPanel request={anAidRequest({ status: "DECIDEE" })} canPrepare={false} />);

    const steps = await screen.findByRole("list", { name: "Étapes de la transmission" });
    expect(steps).toHaveTextContent("Reçu le 21/11/2026 · référence du département : APA-38-2026-00412");
    const decision = within(steps).getByRole("list", { name: "Décision du département" });
    expect(decision).toHaveTextContent("Décision : Accordée");
    expect(decision.textContent?.replace(/\s/g, " ")).toContain("Montant : 412,50 €");
    expect(decision).toHaveTextContent("Date d'effet : 01/11/2026");
    expect(decision).toHaveTextContent("GIR retenu : 3");
    expect(decision).toHaveTextContent("Plan d'aide : Aide à domicile 22 h par mois");
    expect(decision).not.toHaveTextContent("Motif");
  });

  it("stays away from facultative aid and from requests not yet given the avis", () => {
    const server = mockApi({});
    const { container } = renderWithProviders(
      <>
        <TransmissionPanel request={anAidRequest({ status: "COMPLETE" })} canPrepare />
        <TransmissionPanel request={anAidRequest({ kind: "FACULTATIVE", status: "ACCORDEE" })} canPrepare />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(server.requests).toHaveLength(0);
  });
});
