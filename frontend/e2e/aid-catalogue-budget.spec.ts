import { expect, test, type Page } from "@playwright/test";
import { admin, apiLogIn, createAgent, createPerson, ensureCommune, logIn, logOut, snap, uniqueWord, watchCspViolations } from "./support";

async function act(page: Page, action: string) {
  await page.getByRole("button", { name: action, exact: true }).click();
}

/** A PDF of about 1.5 MB (the server checks the "%PDF-" signature): big enough to watch it go. */
const largePdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(1_500_000, 0x20), Buffer.from("\n%%EOF\n")]);

test("an administrator keeps the catalogue and votes the budget; the new ceiling binds the instructeur", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const code = `AIDE_${word.toUpperCase()}`;
  const label = `Aide ponctuelle ${word}`;
  const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric" }).format(new Date()));
  const instructeur = { email: `instr.cat.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };

  // Set-up through the API: the commune, an instructeur, a person living there.
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  await ensureCommune(request, adminToken);
  await createAgent(request, adminToken, { ...instructeur, firstName: "Ines", lastName: "Instructeur" }, ["INSTRUCTEUR"]);
  const instructeurToken = await apiLogIn(request, instructeur.email, instructeur.password);
  const personId = await createPerson(request, instructeurToken, {
    birthName: "Roux",
    firstNames: ["Albane", word],
    sex: "FEMALE",
    birthDate: `19${70 + (stamp % 20)}-0${1 + (stamp % 9)}-1${stamp % 10}`,
    birthPlace: { code: "38185" },
    nationality: "FRENCH",
    address: { street: "2 rue des Écoles", communeCode: "38052", postcode: "38520" },
  });

  // The administrator adds a facultative aid to the catalogue, in the browser.
  const csp = watchCspViolations(page);
  await page.goto("/administration/catalogue");
  await logIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue des aides" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Secours d'urgence" })).toBeVisible();
  await snap(page, "60-catalogue-des-aides");
  await page.getByRole("link", { name: "Ajouter une aide" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ajouter une aide" })).toBeVisible();
  await page.getByLabel("Libellé", { exact: true }).fill(label);
  await page.getByLabel(/^Code/).fill(code);
  await page.getByLabel(/^Plafond \(€\)/).fill("100");
  await page.getByLabel(/^Une aide au plus tous les/).fill("12");
  await page.getByRole("button", { name: "Ajouter une pièce" }).click();
  await page.getByLabel("Pièce 1 : code").fill("JUSTIFICATIF");
  await page.getByLabel("Pièce 1 : libellé").fill("Justificatif de la dépense");
  await snap(page, "61-catalogue-nouvelle-aide");
  await page.getByRole("button", { name: "Ajouter l'aide" }).click();
  await expect(page.getByText(`« ${label} » est enregistrée.`)).toBeVisible();

  // … then lowers its ceiling; a wrong value is refused at the field first.
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: label }) });
  await expect(row).toContainText(/plafond 100,00\s€/);
  await row.getByRole("link", { name: label }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Modifier « ${label} »` })).toBeVisible();
  const ceiling = page.getByLabel(/^Plafond \(€\)/);
  await expect(ceiling).toHaveValue("100");
  await ceiling.fill("1000000000");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  // At the field, and in the summary at the top as a link to it.
  await expect(page.locator(".fr-input-group").filter({ has: ceiling }).getByText("Plafond trop élevé.")).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link", { name: "Plafond : Plafond trop élevé." })).toBeVisible();
  await ceiling.fill("80");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText(`« ${label} » est enregistrée.`)).toBeVisible();
  await expect(row).toContainText(/plafond 80,00\s€, une fois par 12 mois/);

  // … and votes its budget for the year.
  await page.getByRole("link", { name: "Budget voté" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Budget voté des aides facultatives" })).toBeVisible();
  const vote = page.getByRole("form", { name: `Budget ${year} de ${label}` });
  await vote.getByLabel(`Montant voté pour ${label} (€)`).fill("5 000");
  await vote.getByRole("button", { name: "Voter" }).click();
  await expect(page.getByText("Montant enregistré.")).toBeVisible();
  const line = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label }) });
  await expect(line).toContainText(/5\s000,00\s€/);
  await snap(page, "62-budget-vote");
  await logOut(page);

  // The instructeur files a request for this aid.
  await page.goto(`/beneficiaires/${personId}`);
  await logIn(page, instructeur.email, instructeur.password);
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
  await page.getByRole("link", { name: "Nouvelle demande" }).click();
  await page.getByLabel("Aide demandée").selectOption({ label });
  await page.getByRole("button", { name: "Créer la demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Demande / })).toBeVisible();
  await expect(page.getByText("Déposée", { exact: true })).toBeVisible();

  // Its pièce, sent slowly enough to watch the bar climb, up to 100 %.
  const piece = page.getByRole("listitem", { name: "Justificatif de la dépense" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 400 * 1024,
  });
  await piece.getByLabel("Joindre un fichier pour « Justificatif de la dépense »").setInputFiles({
    name: "justificatif.pdf",
    mimeType: "application/pdf",
    buffer: largePdf,
  });
  const bar = piece.getByRole("progressbar", { name: "Envoi de justificatif.pdf" });
  await expect(bar).toBeVisible();
  await expect
    .poll(async () => Number((await bar.getAttribute("value")) ?? "0"), { timeout: 20_000, intervals: [100] })
    .toBeGreaterThan(0);
  await expect(piece.getByRole("button", { name: "Annuler l'envoi" })).toBeVisible();
  await snap(page, "63-envoi-en-cours");
  await expect(bar).toHaveAttribute("value", "100", { timeout: 30_000 });
  await expect(piece.getByText(/^100\s%$/)).toBeVisible({ timeout: 20_000 });
  await expect(piece.getByText("Fichier enregistré.")).toBeVisible();
  await expect(piece.getByText(/^Reçue/)).toBeVisible();
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // A proposal above the new ceiling is refused, and the reason shows at the amount.
  await act(page, "Instruire");
  await page.getByLabel("Montant proposé (€)").fill("90");
  await act(page, "Confirmer : Instruire");
  const amountGroup = page.locator(".fr-input-group").filter({ has: page.getByLabel("Montant proposé (€)") });
  await expect(amountGroup.getByText(/^Le montant dépasse le plafond du règlement pour cette aide \(80,00\s€\)\.$/)).toBeVisible();
  await snap(page, "64-plafond-depasse");
  await page.getByLabel("Montant proposé (€)").fill("80");
  await act(page, "Confirmer : Instruire");
  await expect(page.getByText("Instruite", { exact: true })).toBeVisible();
  expect(csp).toEqual([]);
});
