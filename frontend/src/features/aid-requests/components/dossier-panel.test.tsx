import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { anAidRequest, aRequestId } from "@/testing/aid-request-fixtures";
import { aMe, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";
import type { DossierCheck, DossierVersion } from "../api/types";
import { fixLink } from "./dossier-panel";

const base = `/api/aid-requests/${aRequestId}`;
// The request page loads several panels at once: give the dossier's queries time on a busy machine.
const slow = { timeout: 5_000 };
const personId = "5c1d2e3f-0000-4000-8000-000000000101";
const as = (roles: ("INSTRUCTEUR" | "ACCUEIL" | "PRESIDENT")[]) => () =>
  json(200, aTokenResponse(aMe({ id: "agent-1", roles })));

function aCheck(overrides: Partial<DossierCheck> = {}): DossierCheck {
  return {
    requestId: aRequestId,
    reference: "2026-000042",
    beneficiaryId: personId,
    kind: "APA_DOMICILE",
    form: "cerfa n° 16301*01",
    title: "Demande d'aides à l'autonomie à domicile pour les personnes âgées",
    complete: false,
    missingCount: 1,
    invalidCount: 0,
    sections: [
      {
        code: "IDENTITE",
        title: "Partie 1 — Identité du demandeur",
        fields: [
          { field: "applicant.birthName", label: "Nom de naissance", state: "FILLED", target: "BENEFICIARY", path: "birthName" },
          {
            field: "applicant.familySituation",
            label: "Situation de famille",
            state: "MISSING",
            message: "« Situation de famille » manquant : à compléter dans la fiche de la personne.",
            target: "BENEFICIARY",
            path: "familySituation",
          },
        ],
      },
    ],
    pieces: [],
    notices: ["GIR non encore évalué : l'équipe médico-sociale du département l'évaluera (grille AGGIR)."],
    ...overrides,
  };
}

const aVersion: DossierVersion = {
  id: "v-1",
  number: 1,
  kind: "APA_DOMICILE",
  draft: true,
  schemaVersion: "entraide.dossier/1",
  pdfSha256: "ab".repeat(32),
  jsonSha256: "cd".repeat(32),
  pdfBytes: 1000,
  createdByName: "Claire Agent",
  createdAt: "2026-03-02T10:00:00Z",
  changes: [],
};

function routes(extra: Record<string, Parameters<typeof mockApi>[0][string]> = {}) {
  return {
    [`GET ${base}`]: () => json(200, anAidRequest(), { ETag: '"2"' }),
    [`GET ${base}/documents`]: () => json(200, []),
    [`GET ${base}/letters`]: () => json(200, []),
    [`GET ${base}/dossier/check`]: () => json(200, aCheck()),
    [`GET ${base}/dossier/versions`]: [() => json(200, []), () => json(200, [aVersion])],
    ...extra,
  };
}

describe("the dossier of a request", { timeout: 15_000 }, () => {
  beforeEach(() => {
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:preview"), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => vi.unstubAllGlobals());

  it("names what is missing and links to the person's form at that field", async () => {
    mockApi({ "POST /api/auth/refresh": as(["INSTRUCTEUR"]), ...routes() });
    renderApp(`/demandes/${aRequestId}`);

    const missing = await screen.findByRole("list", { name: "À reprendre : Partie 1 — Identité du demandeur" }, slow);
    expect(within(missing).getByText(/Situation de famille » manquant/)).toBeInTheDocument();
    const link = within(missing).getByRole("link", { name: "Compléter « Situation de famille » dans la fiche" });
    expect(link).toHaveAttribute(
      "href",
      `/beneficiaires/${personId}/modifier?champ=familySituation&retour=%2Fdemandes%2F${aRequestId}`,
    );
    expect(screen.getByText("Dossier incomplet : 1 élément(s) à reprendre")).toBeInTheDocument();
    expect(screen.getByText(/GIR non encore évalué/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Générer le dossier" })).toBeDisabled();
  });

  it("generates a draft, lists the new version and previews its PDF", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      ...routes({
        [`POST ${base}/dossier`]: () => json(201, aVersion),
        [`GET ${base}/dossier/versions/1/pdf`]: () =>
          new Response("%PDF-1.7", {
            status: 200,
            headers: { "Content-Type": "application/pdf" },
          }),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    await user.click(await screen.findByRole("button", { name: "Générer un projet" }, slow));
    expect(await screen.findByText("Version 1 produite (projet).", {}, slow)).toBeInTheDocument();
    expect(server.sent(`POST ${base}/dossier`)[0]?.query.get("draft")).toBe("true");
    const table = await screen.findByRole("table", { name: "Versions du dossier" }, slow);
    expect(within(table).getByText("Projet")).toBeInTheDocument();
    expect(within(table).getByText(/Claire Agent/)).toBeInTheDocument();

    await user.click(within(table).getByRole("button", { name: "Aperçu v1" }));
    const frame = await screen.findByTitle("Aperçu du dossier, version 1", {}, slow);
    expect(frame).toHaveAttribute("src", "blob:preview");
  });

  it("shows the server's list when the dossier is refused as incomplete", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      ...routes({
        [`GET ${base}/dossier/check`]: () => json(200, aCheck({ complete: true, missingCount: 0 })),
        [`POST ${base}/dossier`]: () =>
          problem(422, {
            type: "urn:entraide:problem:validation",
            title: "Données invalides",
            status: 422,
            detail: "Le dossier n'est pas complet : 1 élément(s) manquant(s) ou invalide(s).",
            errors: [{ field: "pieces.RIB", message: "Pièce manquante : « Relevé d'identité bancaire »." }],
          }),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);
    await screen.findByText("Dossier complet", {}, slow);
    await user.click(screen.getByRole("button", { name: "Générer le dossier" }));
    expect(await screen.findByText(/Le dossier n'est pas complet/, {}, slow)).toBeInTheDocument();
  });

  it("lets reception agents generate but not open a dossier, which carries the NIR", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["ACCUEIL"]),
      ...routes({ [`GET ${base}/dossier/versions`]: () => json(200, [{ ...aVersion, draft: false }]) }),
    });
    renderApp(`/demandes/${aRequestId}`);
    const table = await screen.findByRole("table", { name: "Versions du dossier" }, slow);
    expect(within(table).queryByRole("button", { name: "Aperçu v1" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Générer un projet" })).toBeEnabled();
  });

  it("sends pièces, the avis and the establishment to their place on this page", () => {
    const check = { beneficiaryId: personId, requestId: aRequestId };
    expect(fixLink({ target: "PIECES", path: "RIB" }, check)).toBe("#pieces-title");
    expect(fixLink({ target: "REQUEST", path: "avis" }, check)).toBe("#actions-title");
    expect(fixLink({ target: "REQUEST", path: "accommodation.entryOn" }, check)).toBe("#dossier-data-title");
  });

  it("completes the establishment and the no-obligé declaration of an elderly person's ASH request", async () => {
    const ash = aCheck({
      kind: "ASH_PA",
      sections: [
        {
          code: "ETABLISSEMENT",
          title: "Établissement d'accueil",
          fields: [
            {
              field: "establishment.entryOn",
              label: "Date d'entrée dans l'établissement",
              state: "MISSING",
              message: "« Date d'entrée dans l'établissement » manquant : à compléter dans la demande, rubrique Établissement.",
              target: "REQUEST",
              path: "accommodation.entryOn",
            },
          ],
        },
      ],
    });
    const server = mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      ...routes({
        [`GET ${base}`]: () =>
          json(200, anAidRequest({ aidType: { id: "aid-ash", code: "ASH_PA", label: "ASH", legalFamily: "ASH_PA" } }), { ETag: '"2"' }),
        [`GET ${base}/dossier/check`]: () => json(200, ash),
        [`PUT ${base}/dossier/data`]: () => json(200, aCheck({ kind: "ASH_PA", complete: true, missingCount: 0, sections: [] })),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    await screen.findByRole("link", { name: "Y aller" }, slow);
    await user.type(screen.getByLabelText("Établissement"), "EHPAD Les Écrins");
    await user.type(screen.getByLabelText("Date d'entrée"), "2025-01-06");
    await user.click(screen.getByLabelText("Établissement habilité à l'aide sociale"));
    await user.click(screen.getByLabelText("Le demandeur déclare n'avoir aucun obligé alimentaire"));
    await user.click(screen.getByRole("button", { name: "Enregistrer pour le dossier" }));

    expect(await screen.findByText("Données du dossier enregistrées.", {}, slow)).toBeInTheDocument();
    expect(server.sent(`PUT ${base}/dossier/data`)[0]?.body).toEqual({
      accommodation: { establishment: "EHPAD Les Écrins", entryOn: "2025-01-06", habilitated: true },
      noObligesAlimentaires: true,
    });
    expect(await screen.findByText("Dossier complet", {}, slow)).toBeInTheDocument();
  });

  it("shows the « aucun obligé » declaration already on file, ticked", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      ...routes({
        [`GET ${base}`]: () =>
          json(
            200,
            anAidRequest({
              aidType: { id: "aid-ash", code: "ASH_PA", label: "ASH", legalFamily: "ASH_PA" },
              noObligesAlimentaires: true,
            }),
            { ETag: '"2"' },
          ),
        [`GET ${base}/dossier/check`]: () => json(200, aCheck({ kind: "ASH_PA", complete: true, missingCount: 0, sections: [] })),
      }),
    });
    renderApp(`/demandes/${aRequestId}`);

    expect(await screen.findByLabelText("Le demandeur déclare n'avoir aucun obligé alimentaire", {}, slow)).toBeChecked();
  });
});
