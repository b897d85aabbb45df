import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { admin, apiLogIn, bearer, createAgent, createPerson, ensureCommune, logIn, snap, uniqueWord, watchCspViolations } from "./support";

/** A valid NIR (DOMAIN.md §2.2) for a woman born in Grenoble (38185) in the given year and month. */
function nir(year: number, month: number, order: number): string {
  const body = `2${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}38185${String(order).padStart(3, "0")}`;
  const key = 97n - (BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, "0")}`;
}

test("an agent fixes the field an APA dossier lacks, generates the dossier and downloads its PDF", async ({ page, request }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const word = uniqueWord(stamp);
  const instructeur = { email: `instr.dossier.${stamp}@e2e.entraide.local`, password: `Instructeur-${stamp}` };
  const month = 1 + (stamp % 12);

  // Set-up through the API: the commune, an instructeur, a person whose family situation is not recorded,
  // an APA request filed with its pièces received.
  const adminToken = await apiLogIn(request, admin.email, admin.password);
  await ensureCommune(request, adminToken);
  await createAgent(request, adminToken, { ...instructeur, firstName: "Élodie", lastName: "Instructrice" }, ["INSTRUCTEUR"]);
  const token = await apiLogIn(request, instructeur.email, instructeur.password);
  const personId = await createPerson(request, token, {
    birthName: "Lefèvre",
    usageName: "Bézier",
    firstNames: ["Hélène", word],
    sex: "FEMALE",
    birthDate: `1940-${String(month).padStart(2, "0")}-15`,
    birthPlace: { code: "38185" },
    nationality: "FRENCH",
    nir: nir(1940, month, 1 + (Math.floor(stamp / 12) % 999)),
    phone: "04 76 11 22 33",
    address: { street: "7 rue de l'Église", communeCode: "38052", postcode: "38520", livingSituation: "PROPRIETAIRE" },
    resources: [{ type: "RETRAITE_BASE", monthlyAmountCents: 112_350, owner: "BENEFICIAIRE", payer: "CARSAT Rhône-Alpes" }],
    pensionFunds: [{ kind: "PRINCIPALE", name: "CARSAT Rhône-Alpes", memberNumber: "77-123" }],
  });
  const catalogue = (await (await request.get("/api/catalogue", { headers: bearer(token) })).json()) as { id: string; code: string }[];
  const apa = catalogue.find((t) => t.code === "APA_DOMICILE");
  const created = await request.post("/api/aid-requests", {
    headers: bearer(token),
    data: { beneficiaryId: personId, aidTypeId: apa?.id },
  });
  expect(created.status()).toBe(201);
  const aid = (await created.json()) as { id: string; reference: string; pieces: { code: string; required: boolean }[] };
  expect((await request.post(`/api/aid-requests/${aid.id}/transitions`, { headers: bearer(token), data: { action: "DEPOSER" } })).status()).toBe(200);
  for (const piece of aid.pieces.filter((p) => p.required)) {
    expect((await request.put(`/api/aid-requests/${aid.id}/pieces/${piece.code}`, { headers: bearer(token) })).status()).toBe(200);
  }

  // In the browser: the request's dossier names the missing field.
  const csp = watchCspViolations(page);
  await page.goto(`/demandes/${aid.id}`);
  await logIn(page, instructeur.email, instructeur.password);
  await expect(page.getByRole("heading", { level: 2, name: "Dossier pour le département" })).toBeVisible();
  await expect(page.getByText("Dossier incomplet : 1 élément(s) à reprendre")).toBeVisible();
  await expect(page.getByText("« Situation de famille » manquant : à compléter dans la fiche de la personne.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Générer le dossier" })).toBeDisabled();
  await snap(page, "60-dossier-incomplet");

  // The link opens the person's form at that field; once saved, back to the request.
  await page.getByRole("link", { name: "Compléter « Situation de famille » dans la fiche" }).click();
  const field = page.getByLabel("Situation familiale");
  await expect(field).toBeFocused();
  await field.selectOption({ label: "Veuf ou veuve" });
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page).toHaveURL(new RegExp(`/demandes/${aid.id}$`));
  await expect(page.getByText("Dossier complet", { exact: true })).toBeVisible();

  // Generate, preview, download.
  await page.getByRole("button", { name: "Générer le dossier" }).click();
  await expect(page.getByText("Version 1 produite.")).toBeVisible();
  const versions = page.getByRole("table", { name: "Versions du dossier" });
  await expect(versions.getByText(/Élodie Instructrice/)).toBeVisible();
  await versions.getByRole("button", { name: "Aperçu v1" }).click();
  await expect(page.getByTitle("Aperçu du dossier, version 1")).toBeVisible();
  await snap(page, "61-dossier-genere");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    versions.getByRole("button", { name: "Télécharger le PDF v1" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`dossier-${aid.reference}-v1.pdf`);
  const file = test.info().outputPath("dossier.pdf");
  await download.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  if (existsSync("/usr/bin/pdftotext")) {
    const text = execFileSync("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"]).toString("utf8");
    for (const expected of ["cerfa n° 16301*01", "LEFÈVRE", "BÉZIER", `Hélène ${word}`, "Veuf, veuve", "7 rue de l'Église",
      "CARSAT Rhône-Alpes", "1 123,50 €", aid.reference]) {
      expect(text).toContain(expected);
    }
  }
  expect(csp).toEqual([]);
});
