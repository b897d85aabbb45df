// Repeatable conversion of the INSEE COG list of countries and territories ("pays et territoires
// étrangers", codes 99xxx) into backend/src/main/resources/refdata/pays.tsv.gz.
// Run with `node generate.mjs` in this folder (no dependency). README.md says where the two source
// files in source/ come from and why there are two.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../../src/main/resources/refdata');

const CURRENT = 'source/cog-countries@2025.csv'; // INSEE v_pays_territoire_2025.csv, via sfaut/data-cog
const HISTORY = 'source/pays2020.csv'; // INSEE pays2020.csv, as published (ACTUAL 1..4)

/** RFC 4180 CSV: comma separated, double quotes around cells that need them, "" inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  const [header, ...data] = rows.filter((r) => r.length > 1 || r[0] !== '');
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  return data.map((r) => Object.fromEntries(names.map((n, k) => [n, (r[k] ?? '').trim()])));
}

const read = (path) => parseCsv(readFileSync(join(here, path), 'utf8'));
const current = read(CURRENT);
const history = read(HISTORY);

const byCode = new Map();
for (const c of current) {
  if (!/^99\d{3}$/.test(c.code)) throw new Error(`${CURRENT}: unexpected code ${c.code}`);
  if (!['1', '4'].includes(c.actual_id)) throw new Error(`${CURRENT}: unexpected ACTUAL ${c.actual_id} for ${c.code}`);
  if (byCode.has(c.code)) throw new Error(`${CURRENT}: duplicate code ${c.code}`);
  // ACTUAL 1 (country) and 4 (territory with its own code) both exist today.
  byCode.set(c.code, { code: c.code, name: c.name, iso2: c.iso2_code, actual: 'true' });
}
const currentCount = byCode.size;

// The 2025 file lists only countries and territories that exist today (ACTUAL 1 and 4). People
// born abroad before a state disappeared (Tchécoslovaquie, RDA, Viêt Nam du Sud...) still carry its
// code, so the defunct ones (ACTUAL 2) are taken from the last file we have that lists them. A
// code that 2025 reuses for something current keeps its 2025 meaning. ACTUAL 3 rows (territories
// without a code of their own, e.g. XXXXX for French overseas collectivities) have no row here.
for (const h of history) {
  if (h.actual !== '2' || byCode.has(h.cog)) continue;
  if (!/^99\d{3}$/.test(h.cog)) throw new Error(`${HISTORY}: unexpected code ${h.cog}`);
  // LIBENR keeps the accents that LIBCOG (upper case, unaccented) drops in the 2020 format.
  byCode.set(h.cog, { code: h.cog, name: h.libenr || h.libcog, iso2: h.codeiso2, actual: 'false' });
}

const clean = (value) => String(value ?? '').replace(/[\t\r\n]/g, ' ');
const rows = [...byCode.values()]
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((r) => [r.code, r.name, r.iso2, r.actual].map(clean).join('\t'));

const text =
  '# source: INSEE COG pays et territoires étrangers (https://www.insee.fr/fr/information/2028273): ' +
  'v_pays_territoire_2025.csv via github:sfaut/data-cog@9eb6be77e3283e33cb1b5380f8230e27f1ab7df5 v2025/cog-countries@2025.csv; ' +
  'defunct codes from pays2020.csv via github:AntoineGandelin/suivi_dc@2c806457e9398e5c21fc1b5daefe10806e121862 pays2020.csv; ' +
  'converter backend/scripts/refdata/countries\n' +
  '# actual: true = exists today (INSEE ACTUAL 1 country or 4 territory with its own code), false = defunct (INSEE ACTUAL 2)\n' +
  ['code', 'name', 'iso2', 'actual'].join('\t') + '\n' +
  rows.join('\n') + '\n';

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'pays.tsv.gz'), gzipSync(text, { level: 9 }));
console.log(`pays.tsv.gz: ${rows.length} rows (${currentCount} current from 2025, ${rows.length - currentCount} defunct from 2020)`);
