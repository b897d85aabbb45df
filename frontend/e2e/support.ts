import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const admin = {
  email: process.env.E2E_ADMIN_EMAIL ?? "admin@entraide.local",
  password: process.env.E2E_ADMIN_PASSWORD ?? "E2e-Admin-Password-2026",
  // Who the backend creates on the first start of an empty database (organisation/Bootstrap.java).
  fullName: "Administrateur Entraide",
  organisation: process.env.E2E_ORGANISATION_NAME ?? "Mon CCAS",
};

/** Full-page screenshots kept as CI artefacts in frontend/test-results/screenshots/. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeVisible();
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à Entraide" })).toBeVisible();
  await expect(page).toHaveURL(/\/connexion$/);
}

/**
 * Collects what the browser refuses under the Content-Security-Policy, so that a
 * test fails if the app ever needs an inline script or style.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  return violations;
}

/** Letters only, different on each run: names in the file must not repeat between runs. */
export function uniqueWord(seed: number): string {
  let word = "";
  for (let n = seed; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return word.charAt(0).toUpperCase() + word.slice(1, 8);
}

/** Logs in through the API, for the set-up a test does before opening the browser. */
export async function apiLogIn(request: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await request.post("/api/auth/login", { data: { email, password } });
  expect(response.status(), `connexion de ${email}`).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The organisation covers this commune, whether it already did or not. */
export async function ensureCommune(request: APIRequestContext, adminToken: string, inseeCode = "38052"): Promise<void> {
  const added = await request.post("/api/admin/organisation/communes", { headers: bearer(adminToken), data: { inseeCode } });
  expect([200, 201, 409], `commune ${inseeCode}`).toContain(added.status());
}

export interface NewAgent {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
}

/** Creates an agent of the whole organisation (no commune restriction) with these roles. */
export async function createAgent(
  request: APIRequestContext,
  adminToken: string,
  agent: NewAgent,
  roles: readonly string[],
): Promise<void> {
  const created = await request.post("/api/admin/agents", { headers: bearer(adminToken), data: { ...agent, roles, communes: [] } });
  expect(created.status(), `création de ${agent.email}`).toBe(201);
}

/** Registers a person in the file through the API and returns the new file's id. */
export async function createPerson(request: APIRequestContext, token: string, person: Record<string, unknown>): Promise<string> {
  const created = await request.post("/api/beneficiaries", { headers: bearer(token), data: person });
  expect(created.status(), `fiche de la personne : ${await created.text()}`).toBe(201);
  return ((await created.json()) as { id: string }).id;
}
