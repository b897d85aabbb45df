import { expect, test, type Page } from "@playwright/test";
import { admin, apiLogIn, createAgent, createPerson, ensureCommune, logIn, snap, uniqueWord, watchCspViolations } from "./support";

async function act(page: Page, action: string) {
  await page.getByRole("button", { name: action, exact: true }).click();
}

/** Today in Paris, as a date input takes it. */
function today(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
}

test("an emergency aid is instructed, decided in commission and paid", async ({ page, request }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const instructeur = { email: `instr.su.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };

  const adminToken = await apiLogIn(request, admin.email, admin.password);
  await ensureCommune(request, adminToken);
  await createAgent(request, adminToken, { ...instructeur, firstName: "Ines", lastName: "Instructeur" }, ["INSTRUCTEUR"]);
  const instructeurToken = await apiLogIn(request, instructeur.email, instructeur.password);
  const personId = await createPerson(request, instructeurToken, {
    birthName: "Morel",
    firstNames: ["Lucien", word],
    sex: "MALE",
    birthDate: `19${60 + (stamp % 30)}-0${1 + (stamp % 9)}-2${stamp % 8}`,
    birthPlace: { code: "38185" },
    nationality: "FRENCH",
    address: { street: "9 avenue de la Gare", communeCode: "38052", postcode: "38520" },
  });

  const csp = watchCspViolations(page);
  await page.goto(`/beneficiaires/${personId}`);
  await logIn(page, instructeur.email, instructeur.password);
  await page.getByRole("link", { name: "Nouvelle demande" }).click();
  await page.getByLabel("Aide demandée").selectOption({ label: "Secours d'urgence" });
  await page.getByLabel("Montant demandé (€)").fill("250");
  await page.getByRole("button", { name: "Créer la demande" }).click();
  const heading = page.getByRole("heading", { level: 1, name: /^Demande / });
  await expect(heading).toBeVisible();
  const reference = ((await heading.textContent()) ?? "").replace("Demande ", "").trim();
  const requestUrl = page.url();
  await expect(page.getByText("Déposée", { exact: true })).toBeVisible();

  // Instruction: the barème proposes the amount.
  await act(page, "Instruire");
  await act(page, "Confirmer : Instruire");
  await expect(page.getByText("Instruite", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Calcul du barème" })).toBeVisible();
  await snap(page, "50-secours-instruit");

  // A sitting of the commission, created in the UI, with the request on its agenda.
  await page.getByRole("link", { name: "Commission", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Commission d'attribution" })).toBeVisible();
  const form = page.getByRole("form", { name: "Nouvelle séance" });
  await form.getByLabel("Date de la séance").fill(today());
  await form.getByLabel("Intitulé").fill(`Commission permanente ${word}`);
  await form.getByLabel("Membres présents").fill("Mme la Vice-présidente\nM. Durand");
  await form.getByRole("button", { name: "Créer la séance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Commission permanente ${word}`) })).toBeVisible();

  const candidates = page.getByLabel("Demande instruite à inscrire");
  const option = candidates.locator("option", { hasText: reference });
  await expect(option).toHaveCount(1);
  await candidates.selectOption((await option.getAttribute("value")) ?? "");
  await page.getByRole("button", { name: "Ajouter à l'ordre du jour" }).click();
  const agenda = page.getByRole("list", { name: "Ordre du jour" });
  await expect(agenda.getByRole("link", { name: reference })).toBeVisible();

  await page.getByLabel(`Décision pour ${reference}`).selectOption("ACCORDER");
  await page.getByLabel(`Montant accordé pour ${reference}`).fill("200");
  await snap(page, "51-commission-decisions");
  await page.getByRole("button", { name: "Enregistrer les décisions" }).click();
  await expect(page.getByText("Décisions enregistrées.")).toBeVisible();
  await expect(agenda.getByText("Accordée")).toBeVisible();

  // Payment.
  await page.goto(requestUrl);
  await expect(page.getByText("Accordée", { exact: true })).toBeVisible();
  await act(page, "Verser");
  await page.getByLabel("Mode de paiement").selectOption("VIREMENT");
  await page.getByLabel("Référence du paiement").fill(`VIR-${stamp}`);
  await act(page, "Confirmer : Verser");
  await expect(page.getByText("Versée", { exact: true })).toBeVisible();
  await expect(page.getByText(/200,00\s€/).first()).toBeVisible();
  await snap(page, "52-secours-verse");
  expect(csp).toEqual([]);
});
