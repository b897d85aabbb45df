import { expect, test } from "@playwright/test";
import { admin, logIn, snap, watchCspViolations, apiLogIn, bearer, uniqueWord } from "./support";

test("a front-desk agent registers, finds and updates a person of their commune, and only of their commune", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const accueil = {
    email: `accueil.${stamp}@e2e.entraide.local`,
    password: `Accueil-${stamp}`,
    firstName: "Agathe",
    lastName: "Accueil",
  };
  const instructeur = { email: `instructeur.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };
  const person = {
    birthName: "Lefèvre",
    firstNames: `Éloïse ${word}`,
    // A birth date of its own on each run, so that no earlier run's record is a duplicate.
    birthDate: `19${40 + (stamp % 40)}-0${1 + (stamp % 9)}-1${stamp % 10}`,
    phone: "06 11 22 33 44",
    newPhone: "07 98 76 54 32",
  };
  const elsewhere = { birthName: "Ferrand", firstNames: ["Marcel", word] };

  // Set-up through the API: two communes, a front-desk agent for one, an instructeur
  // who registers a person living in the other.
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  for (const inseeCode of ["38052", "38005"]) {
    const added = await request.post("/api/admin/organisation/communes", {
      headers: bearer(adminToken),
      data: { inseeCode },
    });
    // 409: attached by an earlier run on the same database.
    expect([200, 201, 409], `rattachement de ${inseeCode}`).toContain(added.status());
  }
  for (const [agent, roles, communes] of [
    [{ ...accueil }, ["ACCUEIL"], ["38052"]],
    [{ ...instructeur, firstName: "Ines", lastName: "Instructeur" }, ["INSTRUCTEUR"], []],
  ] as const) {
    const created = await request.post("/api/admin/agents", {
      headers: bearer(adminToken),
      data: { ...agent, roles, communes },
    });
    expect(created.status(), `création de ${agent.email}`).toBe(201);
  }
  const instructeurToken = await apiLogIn(request, instructeur.email, instructeur.password);
  const other = await request.post("/api/beneficiaries", {
    headers: bearer(instructeurToken),
    data: {
      ...elsewhere,
      sex: "MALE",
      birthDate: "1938-02-03",
      birthPlace: { code: "38185" },
      nationality: "FRENCH",
      address: { communeCode: "38005", postcode: "38114" },
    },
  });
  expect(other.status(), "fiche créée par l'instructeur").toBe(201);
  const otherSearch = `marcel ferrand ${word.toLowerCase()}`;
  const seenByInstructeur = await request.get(`/api/beneficiaries?q=${encodeURIComponent(otherSearch)}`, {
    headers: bearer(instructeurToken),
  });
  expect(((await seenByInstructeur.json()) as { total: number }).total).toBeGreaterThan(0);

  // In the browser, as the front-desk agent.
  const csp = watchCspViolations(page);
  await page.goto("/");
  await logIn(page, accueil.email, accueil.password);
  await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${accueil.firstName} ${accueil.lastName}` })).toBeVisible();
  await page.getByRole("link", { name: "Bénéficiaires" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Bénéficiaires" })).toBeVisible();
  await page.getByRole("link", { name: "Nouvelle fiche" }).first().click();

  const form = page.getByRole("form", { name: "Nouvelle fiche" });
  await expect(form).toBeVisible();
  await form.getByLabel("Nom de naissance").fill(person.birthName);
  await form.getByLabel("Prénoms").fill(person.firstNames);
  // The DSFR draws its own radio over the native one: click the label, as a person does.
  await form.locator("label").filter({ hasText: /^Femme$/ }).click();
  await form.getByLabel("Date de naissance", { exact: false }).first().fill(person.birthDate);
  await form.getByLabel("Code du lieu de naissance").fill("38185");
  await form.locator("label").filter({ hasText: /^Française$/ }).click();
  await form.getByRole("group", { name: "Contact" }).getByLabel("Téléphone").fill(person.phone);
  const address = form.getByRole("group", { name: "Adresse" });
  await address.getByLabel("Numéro et voie").fill("3 place de l'Église");
  await address.getByLabel("Code postal").fill("38520");
  await address.getByRole("combobox", { name: /^Commune/ }).selectOption("38052");
  await expect(form.getByText("La personne réside hors du territoire")).toHaveCount(0);
  await form.getByRole("button", { name: "Ajouter une ressource" }).click();
  await expect(form.getByLabel("Type de ressource")).toBeFocused();
  await form.getByLabel("Type de ressource").selectOption("RETRAITE_BASE");
  await form.getByRole("group", { name: "Ressource 1" }).getByLabel("Montant mensuel").fill("1 234,56");
  await form.getByRole("button", { name: "Ajouter une charge" }).click();
  await form.getByLabel("Type de charge").selectOption("LOYER");
  await form.getByRole("group", { name: "Charge 1" }).getByLabel("Montant mensuel").fill("450");
  await snap(page, "20-accueil-nouvelle-fiche");
  await form.getByRole("button", { name: "Créer la fiche" }).click();

  const title = `LEFÈVRE ${person.firstNames}`;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("La fiche a été créée.")).toBeVisible();
  await expect(page.getByText("Le Bourg-d'Oisans").first()).toBeVisible();
  await snap(page, "21-accueil-fiche-creee");
  // Euros typed, cents sent, the reste à vivre computed by the server: 1 234,56 − 450 = 784,56.
  await page.getByRole("tab", { name: "Ressources et charges" }).click();
  await expect(page.getByRole("tabpanel")).toContainText(/784,56\s€/);
  await snap(page, "22-accueil-reste-a-vivre");

  // Found from the list without typing the accents.
  await page.getByRole("link", { name: "Bénéficiaires" }).first().click();
  await page.getByLabel("Rechercher une personne").fill("eloise lefevre");
  await expect(page).toHaveURL(/\?q=eloise\+lefevre$/);
  const row = page.getByRole("row").filter({ hasText: word });
  await expect(row).toContainText("Le Bourg-d'Oisans");
  await snap(page, "23-accueil-recherche-sans-accents");
  // The search survives a reload.
  await page.reload();
  await expect(page.getByLabel("Rechercher une personne")).toHaveValue("eloise lefevre");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Edited: the new phone number shows, and the history tells the change.
  await page.getByRole("link", { name: "Modifier" }).click();
  const editForm = page.getByRole("form", { name: /^Modifier la fiche de/ });
  const phone = editForm.getByRole("group", { name: "Contact" }).getByLabel("Téléphone");
  await expect(phone).toHaveValue(person.phone);
  await phone.fill(person.newPhone);
  await snap(page, "24-accueil-modification");
  await editForm.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("Les modifications ont été enregistrées.")).toBeVisible();
  await expect(page.getByRole("tabpanel")).toContainText(person.newPhone);
  await page.getByRole("tab", { name: "Historique" }).click();
  await expect(page.getByRole("tabpanel")).toContainText(`Téléphone : ${person.phone} → devient ${person.newPhone}`);
  await snap(page, "25-accueil-historique");

  // The person of the other commune stays out of this agent's reach.
  await page.getByRole("link", { name: "Bénéficiaires" }).first().click();
  await page.getByLabel("Rechercher une personne").fill(otherSearch);
  await expect(page.getByText("Aucune personne ne correspond à votre recherche.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Aucune personne" })).toBeVisible();
  await snap(page, "26-accueil-autre-commune-invisible");

  expect(csp).toEqual([]);
});
