import { expect, test } from "@playwright/test";
import { admin, logIn, logOut, snap, watchCspViolations } from "./support";

test("an administrator creates an instructeur, who then signs in", async ({ page }) => {
  const stamp = Date.now();
  const agent = {
    email: `ines.lefevre.${stamp}@e2e.entraide.local`,
    firstName: "Inès",
    lastName: "Lefèvre",
    password: `Instructeur-${stamp}`,
  };
  const csp = watchCspViolations(page);

  // Signed out, the home page leads to the login page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/connexion$/);
  await snap(page, "01-connexion");

  await logIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1, name: `Bonjour ${admin.fullName}` })).toBeVisible();
  await expect(page.getByText(admin.organisation, { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Vos rôles" })).toContainText("Administrateur");
  await snap(page, "02-accueil-administrateur");

  await page.getByRole("link", { name: "Administration" }).click();
  await expect(page).toHaveURL(/\/administration\/agents$/);
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table).toContainText(admin.email);

  const form = page.getByRole("form", { name: "Créer un agent" });
  await form.getByLabel("Adresse électronique").fill(agent.email);
  await form.getByLabel("Prénom").fill(agent.firstName);
  await form.getByLabel("Nom", { exact: true }).fill(agent.lastName);
  // The DSFR draws its own box over the native checkbox: click the label, as a person does.
  await form.locator("label").filter({ hasText: /^Instructeur/ }).click();
  await expect(form.getByRole("checkbox", { name: /^Instructeur/ })).toBeChecked();
  await form.getByLabel("Mot de passe initial").fill(agent.password);
  await snap(page, "03-formulaire-agent");
  await form.getByRole("button", { name: "Créer l'agent" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Agent créé" })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: agent.email });
  await expect(row).toContainText(`${agent.lastName} ${agent.firstName}`);
  await expect(row).toContainText("Instructeur");
  await expect(row).toContainText("Actif");
  await snap(page, "04-agent-cree");

  await logOut(page);
  await snap(page, "05-deconnecte");

  await logIn(page, agent.email, agent.password);
  await expect(
    page.getByRole("heading", { level: 1, name: `Bonjour ${agent.firstName} ${agent.lastName}` }),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Vos rôles" })).toContainText("Instructeur");
  await expect(page.getByRole("link", { name: "Accueil", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
  await snap(page, "06-accueil-instructeur");

  // The administration page stays closed to this agent even by its address.
  await page.goto("/administration/agents");
  await expect(page.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();

  expect(csp).toEqual([]);
});
