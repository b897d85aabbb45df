import { expect, test, type Page } from "@playwright/test";
import { admin, apiLogIn, createAgent, createPerson, ensureCommune, logIn, logOut, snap, uniqueWord, watchCspViolations } from "./support";

/** The smallest file the server takes as a PDF: it checks the "%PDF-" signature. */
const tinyPdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function act(page: Page, action: string) {
  await page.getByRole("button", { name: action, exact: true }).click();
}

test("an APA request is filed, completed with its pièces, given the président's avis and waits for transmission", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const instructeur = { email: `instr.apa.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };
  const president = { email: `pres.apa.${stamp}@e2e.entraide.local`, password: `President-${stamp}` };

  // Set-up through the API: the commune, an instructeur and a président, a person living there.
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  await ensureCommune(request, adminToken);
  await createAgent(request, adminToken, { ...instructeur, firstName: "Ines", lastName: "Instructeur" }, ["INSTRUCTEUR"]);
  await createAgent(request, adminToken, { ...president, firstName: "Paul", lastName: "Président" }, ["PRESIDENT"]);
  const instructeurToken = await apiLogIn(request, instructeur.email, instructeur.password);
  const personId = await createPerson(request, instructeurToken, {
    birthName: "Garnier",
    firstNames: ["Odette", word],
    sex: "FEMALE",
    birthDate: `19${30 + (stamp % 15)}-0${1 + (stamp % 9)}-1${stamp % 10}`,
    birthPlace: { code: "38185" },
    nationality: "FRENCH",
    address: { street: "4 rue du Lac", communeCode: "38052", postcode: "38520" },
  });

  // In the browser, as the instructeur: a new request from the person's record.
  const csp = watchCspViolations(page);
  await page.goto(`/beneficiaires/${personId}`);
  await logIn(page, instructeur.email, instructeur.password);
  await expect(page.getByRole("heading", { level: 1, name: /GARNIER Odette/ })).toBeVisible();
  await page.getByRole("link", { name: "Nouvelle demande" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle demande d'aide" })).toBeVisible();
  await page.getByLabel("Aide demandée").selectOption({ label: "Allocation personnalisée d'autonomie à domicile (cerfa 16301*01)" });
  await snap(page, "40-apa-nouvelle-demande");
  await page.getByRole("button", { name: "Créer la demande" }).click();

  const heading = page.getByRole("heading", { level: 1, name: /^Demande / });
  await expect(heading).toBeVisible();
  await expect(page.getByText("La demande a été créée.")).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Demande ", "").trim();
  expect(reference).not.toBe("");
  const requestUrl = page.url();
  await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();

  // Filing starts the one-month clock.
  await act(page, "Déposer");
  await act(page, "Confirmer : Déposer");
  await expect(page.getByText("Action enregistrée : Déposer.")).toBeVisible();
  await expect(page.getByText("Déposée", { exact: true })).toBeVisible();
  await expect(page.getByText(/Transmission au département avant le/)).toBeVisible();

  // One small PDF for each required pièce.
  for (const label of ["Pièce d'identité ou titre de séjour", "Dernier avis d'imposition ou de non-imposition", "Relevé d'identité bancaire"]) {
    const piece = page.getByRole("listitem", { name: label });
    await piece.getByLabel(`Joindre un fichier pour « ${label} »`).setInputFiles({
      name: "piece.pdf",
      mimeType: "application/pdf",
      buffer: tinyPdf,
    });
    await expect(piece.getByText(/^Reçue/)).toBeVisible({ timeout: 20_000 });
    await expect(piece.getByRole("button", { name: "Télécharger piece.pdf" })).toBeVisible();
  }
  await expect(page.getByText("Toutes les pièces obligatoires ont été reçues.")).toBeVisible();
  await snap(page, "41-apa-pieces-recues");

  await act(page, "Déclarer complète");
  await act(page, "Confirmer : Déclarer complète");
  await expect(page.getByText("Complète", { exact: true })).toBeVisible();
  // The instructeur cannot give the avis: the button is not even there.
  await expect(page.getByRole("button", { name: "Rendre l'avis" })).toHaveCount(0);
  await logOut(page);

  // The président gives the avis.
  await page.goto(requestUrl);
  await logIn(page, president.email, president.password);
  await expect(page.getByRole("heading", { level: 1, name: `Demande ${reference}` })).toBeVisible();
  await act(page, "Rendre l'avis");
  await page.locator("label").filter({ hasText: /^Favorable$/ }).click();
  await page.getByLabel("Motivation").fill("Perte d'autonomie avérée, maintien à domicile souhaité.");
  await snap(page, "42-apa-avis-du-president");
  await act(page, "Confirmer : Rendre l'avis");
  await expect(page.getByText("Avis rendu", { exact: true }).first()).toBeVisible();
  await expect(page.locator("strong").filter({ hasText: "Perte d'autonomie avérée, maintien à domicile souhaité." })).toBeVisible();

  // It now waits in « À transmettre », with its deadline.
  await page.getByRole("link", { name: "Demandes", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Demandes d'aide" })).toBeVisible();
  await page.getByRole("tab", { name: /^À transmettre/ }).click();
  await expect(page).toHaveURL(/file=A_TRANSMETTRE/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
  await expect(row).toBeVisible();
  await expect(row.getByText(/^J-\d+$/)).toBeVisible();
  await expect(row.getByText("Avis rendu")).toBeVisible();
  await snap(page, "43-apa-a-transmettre");
  await logOut(page);

  // Until the transmission issue automates them, the instructeur records the sending and the département's decision.
  await page.goto(requestUrl);
  await logIn(page, instructeur.email, instructeur.password);
  await expect(page.getByRole("heading", { level: 1, name: `Demande ${reference}` })).toBeVisible();
  await act(page, "Transmettre au département");
  await act(page, "Confirmer : Transmettre au département");
  await expect(page.getByText("Action enregistrée : Transmettre au département.")).toBeVisible();
  await expect(page.getByText("Transmise au département", { exact: true }).first()).toBeVisible();
  await act(page, "Enregistrer la décision");
  await page.locator("label").filter({ hasText: /^Accordée$/ }).click();
  await page.getByLabel("Date d'effet").fill("2027-01-01");
  await page.getByLabel("Montant décidé (€)").fill("452,30");
  await snap(page, "44-apa-decision-du-departement");
  await act(page, "Confirmer : Enregistrer la décision");
  await expect(page.getByText("Action enregistrée : Enregistrer la décision.")).toBeVisible();
  await expect(page.getByText("Décidée", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/452,30\s€/).first()).toBeVisible();
  const timeline = page.getByRole("list", { name: "Historique de la demande" });
  await expect(timeline.getByText(/Transmettre au département : Avis rendu → Transmise au département/)).toBeVisible();
  await expect(timeline.getByText(/Enregistrer la décision : Transmise au département → Décidée/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Clore" })).toBeVisible();
  expect(csp).toEqual([]);
});
