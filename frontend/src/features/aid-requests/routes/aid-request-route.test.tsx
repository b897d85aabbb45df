import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { anAidRequest, aRequestId } from "@/testing/aid-request-fixtures";
import { aMe, aProblem, aTokenResponse } from "@/testing/fixtures";
import { json, mockApi, problem } from "@/testing/mock-api";
import { renderApp } from "@/testing/render";

const base = `/api/aid-requests/${aRequestId}`;
const as = (roles: ("INSTRUCTEUR" | "ACCUEIL" | "PRESIDENT")[]) => () =>
  json(200, aTokenResponse(aMe({ id: "agent-1", roles })));

function routesFor(request: ReturnType<typeof anAidRequest>, extra: Record<string, Parameters<typeof mockApi>[0][string]> = {}) {
  return {
    [`GET ${base}`]: () => json(200, request, { ETag: '"2"' }),
    [`GET ${base}/documents`]: () => json(200, []),
    [`GET ${base}/letters`]: () => json(200, []),
    [`GET ${base}/dossier/check`]: () =>
      json(200, { requestId: aRequestId, complete: false, missingCount: 0, invalidCount: 0, sections: [], pieces: [], notices: [] }),
    [`GET ${base}/dossier/versions`]: () => json(200, []),
    ...extra,
  };
}

describe("a request's page", { timeout: 15_000 }, () => {
  it("offers as buttons the allowed actions, and only those", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["PRESIDENT"]),
      ...routesFor(anAidRequest({ allowedActions: ["RENDRE_AVIS"] })),
    });
    renderApp(`/demandes/${aRequestId}`);

    const actions = await screen.findByRole("list", { name: "Actions possibles" });
    expect(within(actions).getAllByRole("button").map((b) => b.textContent)).toEqual(["Rendre l'avis"]);
    expect(screen.queryByRole("button", { name: "Transmettre au département" })).not.toBeInTheDocument();
    expect(screen.getByText("J-8")).toBeInTheDocument();
  });

  it("sends the président's avis with its motivation and the version read", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["PRESIDENT"]),
      ...routesFor(anAidRequest({ allowedActions: ["RENDRE_AVIS"] }), {
        [`POST ${base}/transitions`]: () =>
          json(200, anAidRequest({ status: "AVIS_RENDU", allowedActions: ["TRANSMETTRE"], avis: "FAVORABLE" }), { ETag: '"3"' }),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    await user.click(await screen.findByRole("button", { name: "Rendre l'avis" }));
    await user.click(screen.getByLabelText("Favorable"));
    await user.type(screen.getByLabelText("Motivation"), "Maintien à domicile");
    await user.click(screen.getByRole("button", { name: "Confirmer : Rendre l'avis" }));

    expect(await screen.findByText("Action enregistrée : Rendre l'avis.")).toBeInTheDocument();
    const [sent] = server.sent(`POST ${base}/transitions`);
    expect(sent?.body).toEqual({ action: "RENDRE_AVIS", avis: "FAVORABLE", motivation: "Maintien à domicile" });
    expect(sent?.headers.get("If-Match")).toBe('"2"');
    expect(await screen.findByRole("button", { name: "Transmettre au département" })).toBeInTheDocument();
  });

  it("sends a payment and shows the server's refusal at the field", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      ...routesFor(
        anAidRequest({ kind: "FACULTATIVE", status: "ACCORDEE", allowedActions: ["VERSER"], deadlines: undefined }),
        {
          [`POST ${base}/transitions`]: () =>
            problem(
              422,
              aProblem(422, "validation", {
                detail: "La demande est invalide.",
                errors: [{ field: "paymentReference", message: "Le numéro du chèque est obligatoire." }],
              }),
            ),
        },
      ),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    await user.click(await screen.findByRole("button", { name: "Verser" }));
    await user.selectOptions(screen.getByLabelText("Mode de paiement"), "CHEQUE");
    await user.click(screen.getByRole("button", { name: "Confirmer : Verser" }));

    expect(await screen.findByText("Le numéro du chèque est obligatoire.")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("La demande est invalide.");
    expect(server.sent(`POST ${base}/transitions`)[0]?.body).toEqual({ action: "VERSER", paymentMethod: "CHEQUE" });
  });

  it("lists the missing pièces the server names when completeness is refused", async () => {
    mockApi({
      "POST /api/auth/refresh": as(["INSTRUCTEUR"]),
      ...routesFor(anAidRequest({ status: "DEPOSEE", allowedActions: ["DECLARER_COMPLETE"] }), {
        [`POST ${base}/transitions`]: () =>
          problem(
            422,
            aProblem(422, "validation", {
              detail: "Le dossier est incomplet.",
              errors: [{ field: "pieces.RIB", message: "Pièce manquante : Relevé d'identité bancaire." }],
            }),
          ),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    await user.click(await screen.findByRole("button", { name: "Déclarer complète" }));
    await user.click(screen.getByRole("button", { name: "Confirmer : Déclarer complète" }));

    const list = await screen.findByRole("list", { name: "Points à régler" });
    expect(list).toHaveTextContent("Pièce manquante : Relevé d'identité bancaire.");
  });

  it.each([
    [415, "Ce type de fichier n'est pas accepté : envoyez un PDF, un JPEG ou un PNG."],
    [413, "Le fichier dépasse 10 Mo"],
  ])("explains an upload refused with %i", async (status, message) => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["ACCUEIL"]),
      ...routesFor(anAidRequest({ status: "DEPOSEE", allowedActions: [] }), {
        [`POST ${base}/documents`]: () => problem(status, aProblem(status, "upload", { detail: "Refusé." })),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    const piece = await screen.findByRole("listitem", { name: "Relevé d'identité bancaire" });
    const file = new File(["%PDF-1.4"], "rib.pdf", { type: "application/pdf" });
    await user.upload(within(piece).getByLabelText(/Joindre un fichier pour « Relevé d'identité bancaire »/), file);

    expect(await within(piece).findByRole("alert")).toHaveTextContent(message);
    expect(server.sent(`POST ${base}/documents`)).toHaveLength(1);
  });

  it("ticks a missing pièce as received", async () => {
    const server = mockApi({
      "POST /api/auth/refresh": as(["ACCUEIL"]),
      ...routesFor(anAidRequest({ status: "DEPOSEE", allowedActions: [] }), {
        [`PUT ${base}/pieces/RIB`]: () => new Response(null, { status: 204 }),
      }),
    });
    const { user } = renderApp(`/demandes/${aRequestId}`);

    const piece = await screen.findByRole("listitem", { name: "Relevé d'identité bancaire" });
    await user.click(within(piece).getByRole("button", { name: "Marquer reçue" }));

    await vi.waitFor(() => expect(server.sent(`PUT ${base}/pieces/RIB`)).toHaveLength(1));
  });
});
