// Repeatable import of the French administrative reference data (COG communes, EPCI, départements)
// from the npm package @etalab/decoupage-administratif into backend/src/main/resources/refdata.
// Run with `make refdata` (or `npm ci && node generate.mjs` here). The backend loads these files
// at startup and reloads them whenever their checksum changes.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkg = require('@etalab/decoupage-administratif/package.json');
const communes = require('@etalab/decoupage-administratif/data/communes.json');
const epcis = require('@etalab/decoupage-administratif/data/epci.json');
const departements = require('@etalab/decoupage-administratif/data/departements.json');

const out = join(dirname(fileURLToPath(import.meta.url)), '../../src/main/resources/refdata');
mkdirSync(out, { recursive: true });

const clean = (value) => String(value ?? '').replace(/[\t\r\n]/g, ' ');
const row = (cells) => cells.map(clean).join('\t');

const epciOfCommune = new Map();
for (const epci of epcis) for (const member of epci.membres) epciOfCommune.set(member.code, epci.code);

const communeRows = communes
  .slice()
  .sort((a, b) => a.code.localeCompare(b.code) || a.type.localeCompare(b.type))
  .map((c) => row([
    c.code, c.nom, c.type, c.departement, c.region,
    c.type === 'commune-actuelle' ? epciOfCommune.get(c.code) ?? '' : '',
    (c.codesPostaux ?? []).join(' '),
    c.population ?? '',
    c.chefLieu ?? c.commune ?? '',
    (c.anciensCodes ?? []).join(' '),
  ]));
const epciRows = epcis
  .slice()
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((e) => row([e.code, e.nom, e.type, e.populationTotale ?? '']));
const departementRows = departements
  .slice()
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((d) => row([d.code, d.nom, d.region, d.chefLieu ?? '']));

const header = (columns) => `# source: npm ${pkg.name}@${pkg.version}\n${columns.join('\t')}\n`;
const write = (name, columns, rows) =>
  writeFileSync(join(out, name), gzipSync(header(columns) + rows.join('\n') + '\n', { level: 9, mtime: 0 }));

write('communes.tsv.gz', ['code', 'name', 'type', 'departement', 'region', 'epci', 'postcodes', 'population', 'parent', 'former_codes'], communeRows);
write('epci.tsv.gz', ['code', 'name', 'type', 'population'], epciRows);
write('departements.tsv.gz', ['code', 'name', 'region', 'chef_lieu'], departementRows);
console.log(`refdata: ${communeRows.length} communes, ${epciRows.length} EPCI, ${departementRows.length} départements from ${pkg.name}@${pkg.version}`);
