import { expect, test } from "@playwright/test";
import { admin, logIn, snap, watchCspViolations } from "./support";

test("a wrong password is refused with a French message", async ({ page }) => {
  const csp = watchCspViolations(page);
  await page.goto("/connexion");

  await logIn(page, admin.email, "pas-le-bon-mot-de-passe");

  await expect(page.getByRole("alert")).toContainText("Adresse électronique ou mot de passe incorrect.");
  await expect(page).toHaveURL(/\/connexion$/);
  await snap(page, "10-mauvais-mot-de-passe");
  expect(csp).toEqual([]);
});

test("a deep link reloaded in the browser still serves the app", async ({ page }) => {
  const response = await page.goto("/administration/agents");

  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
  // Signed out: the app itself answers, with its login page.
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeVisible();
  await snap(page, "11-lien-profond");
});

test("a signed-in agent stays signed in across a reload", async ({ page }) => {
  await page.goto("/");
  await logIn(page, admin.email, admin.password);
  await page.getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();

  // The access token lived in memory only: the refresh cookie opens the session again.
  await page.reload();

  await expect(page.getByRole("heading", { level: 1, name: "Agents" })).toBeVisible();
  await expect(page).toHaveURL(/\/administration\/agents$/);
});

test("an unknown address shows the French 404 page", async ({ page }) => {
  await page.goto("/cette-page-n-existe-pas");

  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
});
