import { expect, test, type APIRequestContext } from "@playwright/test";
import { createHmac, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { admin, apiLogIn, bearer, createAgent, createPerson, ensureCommune, logIn, logOut, snap, uniqueWord, watchCspViolations } from "./support";

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
  const personId = await createPerson(request, instructeurToken, {
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
  });
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
  await ensureCommune(request, adminToken);
  await createAgent(request, adminToken, { ...instructeur, firstName: "Inès", lastName: "Transmet" }, ["INSTRUCTEUR"]);
  await createAgent(request, adminToken, { ...president, firstName: "Paul", lastName: "Avis" }, ["PRESIDENT"]);
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

/** A partner's webhook endpoint on this machine: records what it receives, answers 204. */
async function startReceiver(): Promise<{ url: string; received: { headers: IncomingHttpHeaders; body: string }[]; close: () => Promise<void> }> {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/entraide/evenements`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("an administrator registers a partner's webhook, reads its delivery log and replays a delivery", async ({ page, request }) => {
  test.setTimeout(180_000);
  const word = uniqueWord(Date.now());
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  const partner = await request.post("/api/admin/partners", {
    headers: bearer(adminToken),
    data: { name: `CAF de l'Isère ${word}`, type: "CAF" },
  });
  expect(partner.status()).toBe(201);
  const partnerId = ((await partner.json()) as { client: { id: string } }).client.id;
  const receiver = await startReceiver();
  try {
    const csp = watchCspViolations(page);
    await page.goto(`/administration/partenaires/${partnerId}`);
    await logIn(page, admin.email, admin.password);
    await expect(page.getByRole("heading", { level: 1, name: `CAF de l'Isère ${word}` })).toBeVisible();

    await page.getByLabel(/^Adresse du webhook/).fill(receiver.url);
    await page.getByRole("button", { name: "Enregistrer le webhook" }).click();
    const panel = page.getByRole("region", { name: "Webhook enregistré" });
    await expect(panel).toBeVisible();
    const secret = await panel.getByLabel("Secret", { exact: true }).inputValue();
    expect(secret).toMatch(/^whsec_/);
    await panel.getByRole("button", { name: "J'ai conservé le secret" }).click();
    await expect(page.getByLabel("Secret", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: receiver.url })).toBeVisible();

    // The test event arrives, signed with the secret shown once (HMAC-SHA256 of "timestamp.body").
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(1);
    const first = receiver.received[0];
    const signature = String(first?.headers["entraide-signature"] ?? "");
    const [, timestamp = "", v1 = ""] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(signature) ?? [];
    expect(v1).toBe(createHmac("sha256", secret).update(`${timestamp}.${first?.body ?? ""}`).digest("hex"));
    expect(first?.headers["entraide-event-type"]).toBe("webhook.test");

    const log = page.getByRole("region", { name: "Journal des livraisons" });
    const row = log.getByRole("row").filter({ hasText: "Test du webhook" });
    await expect(async () => {
      await log.getByRole("button", { name: "Actualiser" }).click();
      await expect(row).toContainText("Livrée", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(row.getByRole("cell").nth(3)).toHaveText("1");
    await row.getByRole("button", { name: "Voir les essais" }).click();
    await expect(log.getByRole("list", { name: "Essais de livraison" })).toContainText("HTTP 204");

    await row.getByRole("button", { name: "Rejouer" }).click();
    await expect(log.getByText("Livraison remise en file")).toBeVisible();
    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(2);
    // The same event again: the receiver can tell it is a replay by its id.
    expect(receiver.received[1]?.headers["entraide-event-id"]).toBe(first?.headers["entraide-event-id"]);
    // Both attempts are in the log, the replayed one delivered too.
    const attempts = log.getByRole("list", { name: "Essais de livraison" }).getByRole("listitem");
    await expect(async () => {
      await log.getByRole("button", { name: "Actualiser" }).click();
      await expect(row).toContainText("Livrée", { timeout: 1_000 });
      await expect(attempts).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(attempts.nth(1)).toContainText("HTTP 204");
    await snap(page, "66-partenaire-webhooks-journal");

    await page.getByRole("row").filter({ hasText: receiver.url }).getByRole("button", { name: "Désactiver" }).click();
    await expect(page.getByText("Aucun webhook actif")).toBeVisible();
    expect(csp).toEqual([]);
  } finally {
    await receiver.close();
  }
});

test("an agent orients a person to the CAF with the person's consent and reads the CAF's answer", async ({ page, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const agent = { email: `accueil.orient.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  await ensureCommune(request, adminToken);
  await createAgent(request, adminToken, { ...agent, firstName: "Oriane", lastName: "Oriente" }, ["INSTRUCTEUR"]);
  const caf = await request.post("/api/admin/partners", { headers: bearer(adminToken), data: { name: `CAF ${word}`, type: "CAF" } });
  expect(caf.status()).toBe(201);
  const cafCredentials = (await caf.json()) as { client: { clientId: string }; clientSecret: string };
  const agentToken = await apiLogIn(request, agent.email, agent.password);
  const personId = await createPerson(request, agentToken, {
    birthName: word.toUpperCase(),
    firstNames: ["Lucie"],
    sex: "FEMALE",
    birthDate: `19${60 + (stamp % 30)}-0${1 + (stamp % 9)}-1${stamp % 10}`,
    birthPlace: { code: "38185" },
    nationality: "FRENCH",
    address: { street: "4 rue du Lac", communeCode: "38052", postcode: "38520" },
  });

  const csp = watchCspViolations(page);
  await page.goto(`/beneficiaires/${personId}`);
  await logIn(page, agent.email, agent.password);
  await page.getByRole("link", { name: "Orienter vers la CAF ou la MSA" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orienter vers la CAF ou la MSA" })).toBeVisible();
  await page.locator("label").filter({ hasText: new RegExp(`^CAF ${word}`) }).click();
  await page.getByLabel("Motif").selectOption({ label: "Prime d'activité" });
  await page.getByLabel(/^Message/).fill("Reprise d'emploi à temps partiel : droits à la prime d'activité à étudier.");
  await page.locator("label").filter({ hasText: /^Écrit$/ }).click();
  await page.getByRole("button", { name: "Envoyer l'orientation" }).click();
  await expect(page.getByText(/sans son accord, pas d'orientation/)).toBeVisible();
  await page.locator("label").filter({ hasText: "La personne consent à la transmission" }).click();
  await snap(page, "67-orientation-nouvelle");
  await page.getByRole("button", { name: "Envoyer l'orientation" }).click();

  const heading = page.getByRole("heading", { level: 1, name: /^Orientation / });
  await expect(heading).toBeVisible();
  await expect(page.getByText("L'orientation a été envoyée.")).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Orientation ", "").trim();
  await expect(page.getByText("Aucune réponse pour l'instant.")).toBeVisible();

  // The CAF, through its API: its token, its orientations, acknowledgement and answer.
  const token = await request.post("/api/oauth/token", {
    form: { grant_type: "client_credentials", client_id: cafCredentials.client.clientId, client_secret: cafCredentials.clientSecret },
  });
  expect(token.status()).toBe(200);
  const cafAuth = bearer(((await token.json()) as { access_token: string }).access_token);
  const list = await request.get("/api/partner/orientations", { headers: cafAuth, params: { limit: 200 } });
  expect(list.status()).toBe(200);
  const orientations = ((await list.json()) as { items: { id: string; reference: string; person: Record<string, unknown> }[] }).items;
  const mine = orientations.find((o) => o.reference === reference);
  expect(mine, "l'orientation dans la liste de la CAF").toBeDefined();
  // The minimum identity, never the file: no NIR, no address, no resources.
  const minimum = ["birthName", "usageName", "firstNames", "birthDate", "communeCode"];
  expect(Object.keys(mine?.person ?? {}).filter((key) => !minimum.includes(key))).toEqual([]);
  const ack = await request.post(`/api/partner/orientations/${mine?.id ?? ""}/acknowledgement`, {
    headers: { ...cafAuth, "Idempotency-Key": randomUUID() },
    data: { reference: `CAF-${word}` },
  });
  expect(ack.status(), await ack.text()).toBe(200);
  const answer = await request.post(`/api/partner/orientations/${mine?.id ?? ""}/answer`, {
    headers: { ...cafAuth, "Idempotency-Key": randomUUID() },
    data: { status: "DROITS_OUVERTS", comment: "Prime d'activité ouverte à compter du mois prochain." },
  });
  expect(answer.status(), await answer.text()).toBe(200);

  await page.reload();
  await expect(page.getByText("Réponse reçue", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Droits ouverts" })).toBeVisible();
  await expect(page.getByText("Prime d'activité ouverte à compter du mois prochain.")).toBeVisible();
  await snap(page, "68-orientation-reponse-caf");

  await page.getByRole("link", { name: "Orientations", exact: true }).first().click();
  await page.getByRole("tab", { name: "Réponses reçues" }).click();
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) })).toContainText("Droits ouverts");
  expect(csp).toEqual([]);
});
