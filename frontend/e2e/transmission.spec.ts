import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { admin, apiLogIn, bearer, logIn, logOut, snap, uniqueWord, watchCspViolations } from "./support";

/** The smallest file the server takes as a PDF: it checks the "%PDF-" signature. */
const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A valid NIR of a woman born in March 1941 at 76540 (the birth place below), its order number from the seed. */
function uniqueNir(seed: number): string {
  const thirteen = `2410376540${String(1 + (seed % 999)).padStart(3, "0")}`;
  const key = 97n - (BigInt(thirteen) % 97n);
  return `${thirteen}${String(key).padStart(2, "0")}`;
}

/**
 * An APA à domicile request up to « avis rendu » with a complete dossier version, through
 * the API (aid-requests-legal.spec.ts walks the same steps in the browser).
 */
async function readyApa(
  request: APIRequestContext,
  instructeurToken: string,
  presidentToken: string,
  birthName: string,
  seed: number,
): Promise<{ id: string; reference: string }> {
  const auth = bearer(instructeurToken);
  const person = await request.post("/api/beneficiaries", {
    headers: auth,
    data: {
      birthName,
      usageName: "MARTIN",
      firstNames: ["Jeanne", "Marie"],
      sex: "FEMALE",
      birthDate: "1941-03-14",
      birthPlace: { code: "76540" },
      nationality: "FRENCH",
      nir: uniqueNir(seed),
      phone: "06 12 34 56 78",
      address: { street: "3 place de la Mairie", postcode: "38520", communeCode: "38052", livingSituation: "LOCATAIRE_PRIVE" },
      familySituation: "VEUF",
      resources: [{ type: "RETRAITE_BASE", monthlyAmountCents: 98_000, owner: "BENEFICIAIRE" }],
      charges: [{ type: "LOYER", monthlyAmountCents: 38_000 }],
      gir: { level: 3, evaluatedOn: "2025-01-15", assessor: "Équipe médico-sociale de l'Isère" },
      pensionFunds: [{ kind: "PRINCIPALE", name: "CARSAT Rhône-Alpes", memberNumber: "A-1234" }],
      aidant: { name: "Hélène Lefèvre", relationship: "fille", phone: "06 98 76 54 32" },
    },
  });
  expect(person.status(), `fiche de ${birthName} : ${await person.text()}`).toBe(201);
  const personId = ((await person.json()) as { id: string }).id;
  const catalogue = (await (await request.get("/api/catalogue", { headers: auth })).json()) as { id: string; code: string }[];
  const apa = catalogue.find((t) => t.code === "APA_DOMICILE");
  expect(apa, "APA à domicile au catalogue").toBeDefined();
  const created = await request.post("/api/aid-requests", { headers: auth, data: { beneficiaryId: personId, aidTypeId: apa?.id } });
  expect(created.status(), "création de la demande").toBe(201);
  const { id, reference } = (await created.json()) as { id: string; reference: string };
  const deposit = await request.post(`/api/aid-requests/${id}/transitions`, { headers: auth, data: { action: "DEPOSER" } });
  expect(deposit.status(), "dépôt").toBe(200);
  const detail = (await (await request.get(`/api/aid-requests/${id}`, { headers: auth })).json()) as {
    pieces: { code: string; required: boolean }[];
  };
  const required = detail.pieces.filter((p) => p.required).map((p) => p.code);
  for (const code of required) {
    expect((await request.put(`/api/aid-requests/${id}/pieces/${code}`, { headers: auth })).status(), `pièce ${code}`).toBe(200);
  }
  const upload = await request.post(`/api/aid-requests/${id}/documents`, {
    headers: auth,
    multipart: { pieceCode: required[0] ?? "", file: { name: "piece.pdf", mimeType: "application/pdf", buffer: tinyPdf } },
  });
  expect(upload.status(), "pièce jointe").toBe(201);
  const avis = await request.post(`/api/aid-requests/${id}/transitions`, {
    headers: bearer(presidentToken),
    data: { action: "RENDRE_AVIS", avis: "FAVORABLE", motivation: "Perte d'autonomie avérée." },
  });
  expect(avis.status(), "avis du président").toBe(200);
  const dossier = await request.post(`/api/aid-requests/${id}/dossier?draft=false`, { headers: auth });
  expect(dossier.status(), `version du dossier : ${await dossier.text()}`).toBe(201);
  return { id, reference };
}

type PartnerTransmission = { id: string; status: string; request: { reference: string }; dossier: { pdfSha256: string } };

test("an agent sends a bordereau, the département answers through the API and the agent sees the decision", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const instructeur = { email: `instr.bord.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };
  const president = { email: `pres.bord.${stamp}@e2e.entraide.local`, password: `President-${stamp}` };

  // Set-up through the API: the commune, an instructeur, a président, a ready APA request.
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  const added = await request.post("/api/admin/organisation/communes", { headers: bearer(adminToken), data: { inseeCode: "38052" } });
  expect([200, 201, 409]).toContain(added.status());
  for (const [agent, roles] of [
    [{ ...instructeur, firstName: "Inès", lastName: "Transmet" }, ["INSTRUCTEUR"]],
    [{ ...president, firstName: "Paul", lastName: "Avis" }, ["PRESIDENT"]],
  ] as const) {
    const created = await request.post("/api/admin/agents", { headers: bearer(adminToken), data: { ...agent, roles, communes: [] } });
    expect(created.status(), `création de ${agent.email}`).toBe(201);
  }
  const instructeurToken = await apiLogIn(request, instructeur.email, instructeur.password);
  const presidentToken = await apiLogIn(request, president.email, president.password);
  const apa = await readyApa(request, instructeurToken, presidentToken, word.toUpperCase(), stamp);

  // The administrator registers the département as a partner; its secret is shown once.
  const csp = watchCspViolations(page);
  await page.goto("/administration/partenaires");
  await logIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1, name: "Partenaires" })).toBeVisible();
  await page.getByLabel(/^Nom/).fill(`Département de l'Isère ${word}`);
  await page.locator("label").filter({ hasText: /^Conseil départemental$/ }).click();
  await page.getByLabel(/^Code du département/).fill("38");
  await page.getByRole("button", { name: "Enregistrer le partenaire" }).click();
  const secretPanel = page.getByRole("region", { name: `Partenaire enregistré : Département de l'Isère ${word}` });
  await expect(secretPanel).toBeVisible();
  const clientId = ((await secretPanel.locator("code").textContent()) ?? "").trim();
  const clientSecret = await secretPanel.getByLabel("Secret", { exact: true }).inputValue();
  expect(clientId).toMatch(/\S+/);
  expect(clientSecret.length).toBeGreaterThan(20);
  await expect(page.getByRole("row").filter({ hasText: clientId })).toBeVisible();
  await snap(page, "60-partenaire-secret-affiche-une-fois");
  await secretPanel.getByRole("button", { name: "J'ai conservé le secret" }).click();
  await expect(page.getByText(clientSecret)).toHaveCount(0);
  await expect(page.getByLabel("Secret", { exact: true })).toHaveCount(0);
  await logOut(page);

  // The instructeur gathers the ready request into a bordereau for the département 38.
  await logIn(page, instructeur.email, instructeur.password);
  await page.getByRole("link", { name: "Transmission", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Transmission au département" })).toBeVisible();
  const group = page.getByRole("region", { name: /^Département 38 —/ });
  const candidate = group.getByRole("checkbox", { name: apa.reference });
  await expect(candidate).toBeVisible();
  // The DSFR draws the box on the label, which takes the click as an agent's would.
  await group.locator("label").filter({ hasText: apa.reference }).click();
  await expect(candidate).toBeChecked();
  await snap(page, "61-bordereau-demandes-pretes");
  await group.getByRole("button", { name: /^Préparer le bordereau \(1 demande\)$/ }).click();

  const title = page.getByRole("heading", { level: 1, name: /^Bordereau n° \d{4}-\d{4}$/ });
  await expect(title).toBeVisible();
  await expect(page.getByText("Le bordereau a été préparé.")).toBeVisible();
  const number = ((await title.textContent()) ?? "").replace("Bordereau n° ", "").trim();
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: apa.reference }) })).toContainText(
    "Sur le bordereau",
  );

  await page.getByRole("button", { name: "Envoyer le bordereau" }).click();
  await page.getByRole("button", { name: "Confirmer l'envoi" }).click();
  await expect(page.getByText("Envoyé", { exact: true })).toBeVisible();
  await expect(page.getByText(/Bordereau envoyé le \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: apa.reference }) })).toContainText("Envoyée");

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Télécharger le PDF" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`bordereau-${number}.pdf`);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await snap(page, "62-bordereau-envoye");

  // The list of bordereaux shows it, sent.
  await page.getByRole("link", { name: "Retour à la transmission" }).click();
  const listed = page.getByRole("row").filter({ has: page.getByRole("link", { name: `Bordereau n° ${number}` }) });
  await expect(listed).toContainText("Envoyé");
  await expect(page.getByRole("checkbox", { name: apa.reference })).toHaveCount(0);
  await snap(page, "63-bordereaux");

  // The département, through its API: token, the feed, the dossier, acknowledgement, decision.
  const tokenResponse = await request.post("/api/oauth/token", {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret },
  });
  expect(tokenResponse.status(), await tokenResponse.text()).toBe(200);
  const departement = bearer(((await tokenResponse.json()) as { access_token: string }).access_token);
  let transmission: PartnerTransmission | undefined;
  let since: string | undefined;
  for (let round = 0; round < 50 && !transmission; round++) {
    const feed = await request.get("/api/partner/transmissions", {
      headers: departement,
      params: { limit: 200, ...(since ? { since } : {}) },
    });
    expect(feed.status()).toBe(200);
    const body = (await feed.json()) as { items: PartnerTransmission[]; nextCursor?: string; hasMore: boolean };
    transmission = body.items.find((t) => t.request.reference === apa.reference);
    if (!body.hasMore) break;
    since = body.nextCursor;
  }
  expect(transmission, "la demande dans le flux du département").toBeDefined();
  const tid = transmission?.id ?? "";
  const dossier = await request.get(`/api/partner/transmissions/${tid}/dossier/pdf`, { headers: departement });
  expect(dossier.status()).toBe(200);
  expect((await dossier.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const departementReference = `APA-38-${word}`;
  const ack = await request.post(`/api/partner/transmissions/${tid}/acknowledgement`, {
    headers: { ...departement, "Idempotency-Key": randomUUID() },
    data: { receivedOn: new Date().toISOString().slice(0, 10), reference: departementReference },
  });
  expect(ack.status(), await ack.text()).toBe(200);
  expect(((await ack.json()) as { status: string }).status).toBe("RECUE");

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const decision = {
    decision: "ACCORDEE",
    decidedOn: today,
    amountCents: 41_250,
    effectiveOn: firstOfMonth,
    gir: 3,
    planAide: "Aide à domicile 22 h par mois",
  };
  const key = randomUUID();
  const decided = await request.post(`/api/partner/transmissions/${tid}/decision`, {
    headers: { ...departement, "Idempotency-Key": key },
    data: decision,
  });
  expect(decided.status(), await decided.text()).toBe(200);
  const again = await request.post(`/api/partner/transmissions/${tid}/decision`, {
    headers: { ...departement, "Idempotency-Key": key },
    data: decision,
  });
  expect(again.status()).toBe(200);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect(await again.text()).toBe(await decided.text());

  // Back in the browser: the bell counts the news; the notification leads to the decided request.
  await page.reload();
  const bell = page.getByRole("link", { name: /^Notifications \(\d+ non lues?\)$/ }).first();
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const notice = page
    .getByRole("listitem")
    .filter({ hasText: "Le département 38 a accordé" })
    .filter({ hasText: `pour la demande ${apa.reference}.` });
  await expect(notice).toBeVisible();
  await expect(notice.getByText("Non lue")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: `a accusé réception du dossier ${apa.reference}` }),
  ).toBeVisible();
  await snap(page, "64-notifications");
  await notice.getByRole("link", { name: "Voir la demande" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Demande ${apa.reference}` })).toBeVisible();
  await expect(page.getByText("Décidée", { exact: true }).first()).toBeVisible();
  const panel = page.getByRole("region", { name: "Transmission au département" });
  await expect(panel.getByRole("link", { name: `Bordereau n° ${number}` })).toBeVisible();
  await expect(panel).toContainText(`référence du département : ${departementReference}`);
  const facts = panel.getByRole("list", { name: "Décision du département" });
  await expect(facts).toContainText("Décision : Accordée");
  await expect(facts).toContainText(/Montant : 412,50\s€/);
  await expect(facts).toContainText(`Date d'effet : ${firstOfMonth.split("-").reverse().join("/")}`);
  await expect(facts).toContainText("GIR retenu : 3");
  await expect(facts).toContainText("Plan d'aide : Aide à domicile 22 h par mois");
  const timeline = page.getByRole("list", { name: "Historique de la demande" });
  await expect(timeline.getByRole("listitem").filter({ hasText: "Enregistrer la décision" })).toContainText(
    /Accordée : 412,50\s€, à compter du/,
  );
  await snap(page, "65-demande-decision-du-departement");

  // Opening it read it: the notification is no longer unread.
  await page.getByRole("link", { name: /^Notifications/ }).first().click();
  await expect(notice).toBeVisible();
  await expect(notice.getByText("Non lue")).toHaveCount(0);
  expect(csp).toEqual([]);
});
