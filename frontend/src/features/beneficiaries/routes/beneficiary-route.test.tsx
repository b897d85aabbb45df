import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { aBeneficiary } from "@/testing/beneficiary-fixtures";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, noContent, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const id = "6f1c2a3b-0000-4000-8000-000000000101";
const as = (roles: ("INSTRUCTEUR" | "ACCUEIL" | "PRESIDENT")[]) => () =>
  json(200, aTokenResponse(aMe({ id: "agent-1", roles })));

// Generous: the debounce and the lazily loaded pages add up on a busy machine.
describe("a person's record", { timeout: 15_000 }, () => {
  it("shows the reste à vivre computed by the server", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      [`GET /api/beneficiaries/${id}`]: () =>
        json(
          200,
          aBeneficiary({
            resources: [{ type: "ASPA", owner: "BENEFICIAIRE", monthlyAmountCents: 103_407 }],
            charges: [{ type: "LOYER", monthlyAmountCents: 45_000 }],
            resteAVivreMonthlyCents: 58_407,
            resteAVivreDailyPerPersonCents: 1_946,
          }),
          { ETag: '"3"' },
        ),
    });
    const { user, router } = renderApp(`/beneficiaires/${id}`);

    await user.click(await screen.findByRole("tab", { name: "Ressources et charges" }));

    expect(router.state.location.search).toBe("?onglet=budget");
    const panel = screen.getByRole("tabpanel");
    const text = (panel.textContent ?? "").replace(/\s/g, " ");
    expect(text).toContain("Reste à vivre mensuel584,07 €");
    expect(text).toContain("Par personne et par jour19,46 €");
    expect(within(panel).getByRole("cell", { name: /Allocation de solidarité aux personnes âgées/ })).toBeInTheDocument();
  });

  it("lists the history with French field names, before and after", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      [`GET /api/beneficiaries/${id}`]: () => json(200, aBeneficiary(), { ETag: '"3"' }),
      [`GET /api/beneficiaries/${id}/history`]: () =>
        json(200, [
          {
            version: 2,
            changedAt: "2026-01-12T10:30:00Z",
            agentId: "agent-2",
            agentName: "Paul Roux",
            changes: [
              { field: "phone", before: "06 12 34 56 78", after: "07 00 00 00 01" },
              { field: "resources[0].monthlyAmountCents", before: 100_000, after: 103_407 },
              { field: "familySituation", before: null, after: "VEUF" },
            ],
          },
          { version: 0, changedAt: "2026-01-10T09:00:00Z", agentName: "Claire Martin", changes: [{ field: "fiche", after: "créée" }] },
        ]),
    });
    const { user } = renderApp(`/beneficiaires/${id}`);

    await user.click(await screen.findByRole("tab", { name: "Historique" }));

    const versions = await screen.findByRole("list", { name: /Versions de la fiche/ });
    const [latest, first] = within(versions).getAllByRole("listitem", { name: undefined }).filter((li) => li.parentElement === versions);
    expect(latest).toHaveTextContent("12/01/2026 11:30 — Paul Roux");
    const norm = (latest?.textContent ?? "").replace(/\s+/g, " ");
    expect(norm).toContain("Téléphone : 06 12 34 56 78 → devient 07 00 00 00 01");
    expect(norm).toContain("Ressource 1 : montant mensuel : 1 000,00 € → devient 1 034,07 €");
    expect(norm).toContain("Situation familiale : (vide) → devient Veuf ou veuve");
    expect(first).toHaveTextContent("Fiche créée");
  });

  it("lets an instructeur archive, then restore", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      [`GET /api/beneficiaries/${id}`]: [
        () => json(200, aBeneficiary({ status: "ACTIVE" }), { ETag: '"3"' }),
        () => json(200, aBeneficiary({ status: "ARCHIVED", version: 4 }), { ETag: '"4"' }),
      ],
      [`POST /api/beneficiaries/${id}/archive`]: () => json(200, aBeneficiary({ status: "ARCHIVED", version: 4 })),
    });
    const { user } = renderApp(`/beneficiaires/${id}`);

    await user.click(await screen.findByRole("button", { name: "Archiver" }));

    expect(await screen.findByText("La fiche a été archivée.")).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: "Réactiver" })).toBeInTheDocument();
    expect(server.sent(`POST /api/beneficiaries/${id}/archive`)).toHaveLength(1);
  });

  it("downloads all of a person's data as a PDF for the right of access", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      [`GET /api/beneficiaries/${id}`]: () => json(200, aBeneficiary(), { ETag: '"3"' }),
      [`GET /api/beneficiaries/${id}/export/pdf`]: () =>
        new Response("%PDF-1.7", { status: 200, headers: { "Content-Type": "application/pdf" } }),
    });
    // jsdom has no object URLs nor downloads: record what the page hands to the browser.
    Object.defineProperty(URL, "createObjectURL", { configurable: true, value: vi.fn(() => "blob:export") });
    Object.defineProperty(URL, "revokeObjectURL", { configurable: true, value: vi.fn() });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    const { user } = renderApp(`/beneficiaires/${id}`);

    await user.click(await screen.findByRole("button", { name: "Exporter ses données (PDF)" }));

    await vi.waitFor(() => expect(downloads).toEqual([`donnees-personnelles-${id}.pdf blob:export`]));
    expect(server.sent(`GET /api/beneficiaries/${id}/export/pdf`)).toHaveLength(1);
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe("%PDF-1.7");
  });

  it("hides the write buttons from the président and archiving from the front desk", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["PRESIDENT"]),
      [`GET /api/beneficiaries/${id}`]: () => json(200, aBeneficiary(), { ETag: '"3"' }),
    });
    renderApp(`/beneficiaires/${id}`);

    await screen.findByRole("heading", { level: 1, name: "LEFÈVRE Éloïse Marie" });
    expect(screen.queryByRole("link", { name: "Modifier" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Archiver" })).not.toBeInTheDocument();
  });

  it("lets the front desk edit but not archive", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["ACCUEIL"]),
      [`GET /api/beneficiaries/${id}`]: () => json(200, aBeneficiary({ nir: "2 41 03 ** *** *** **", nirMasked: true }), { ETag: '"3"' }),
    });
    renderApp(`/beneficiaires/${id}`);

    expect(await screen.findByRole("link", { name: "Modifier" })).toHaveAttribute("href", `/beneficiaires/${id}/modifier`);
    expect(screen.queryByRole("button", { name: "Archiver" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Exporter ses données/ })).not.toBeInTheDocument();
    expect(screen.getByText("2 41 03 ** *** *** ** (masqué pour votre rôle)")).toBeInTheDocument();
    expect(screen.queryByText("Notes")).not.toBeInTheDocument();
  });

  it("says so when the record is not in the agent's scope", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["ACCUEIL"]),
      [`GET /api/beneficiaries/${id}`]: () =>
        problem(404, aProblem(404, "not-found", { detail: "Aucune fiche de votre périmètre n'a cet identifiant." })),
      "POST /api/auth/logout": () => noContent(),
    });
    renderApp(`/beneficiaires/${id}`);

    expect(await screen.findByRole("heading", { level: 1, name: "Fiche introuvable" })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("Aucune fiche de votre périmètre n'a cet identifiant.");
  });
});
