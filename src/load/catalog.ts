/**
 * The curated catalog (seed/catalog.json) of national instruments → Document nodes marked
 * `catalog: true` (their text is not in the graph, so they stay stubs) with their issuer and
 * SUPERSEDES links. Idempotent: MERGE by key.
 */
import type { Database } from '../db/driver.js';
import { loadCatalogEntries } from '../ingest/catalog.js';
import { agencyTypeOf, issuerUnit, numberFolded } from './document.js';
import { KIND_LABEL_VI } from '../ingest/model.js';
import { fold, matchForm } from '../ingest/text.js';

export async function loadCatalog(db: Database): Promise<number> {
  const entries = loadCatalogEntries();
  await db.write(async (tx) => {
    await tx.run(
      `UNWIND $rows AS e
       MERGE (d:Document {key: e.key})
       ON CREATE SET d.stub = true, d.draft = false
       SET d.kind = e.kind, d.number = e.number, d.numberFolded = e.numberFolded,
           d.issuedOn = CASE WHEN e.issuedOn IS NULL THEN null ELSE date(e.issuedOn) END,
           d.year = e.year, d.title = e.title, d.level = e.issuer.level, d.catalog = true, d.catalogSource = e.source,
           d.searchText = e.searchText, d.issuerUnit = e.issuerUnit
       MERGE (g:Agency {key: e.issuer.key})
       ON CREATE SET g.name = e.issuer.name, g.level = e.issuer.level, g.type = e.issuerType, g.group = false,
                     g.names = [e.issuer.name], g.matchName = e.issuerMatch, g.searchText = e.issuerSearch
       MERGE (d)-[r:ISSUED_BY {sourceKey: 'catalog'}]->(g)`,
      {
        rows: entries.map((e) => ({
          ...e,
          numberFolded: numberFolded(e.number),
          issuerUnit: issuerUnit(e.key),
          year: e.issuedOn ? Number(e.issuedOn.slice(0, 4)) : null,
          searchText: fold([KIND_LABEL_VI[e.kind as keyof typeof KIND_LABEL_VI] ?? '', e.number ?? '', e.title ?? '', ...(e.aliases ?? [])].join(' ')),
          issuerType: agencyTypeOf(e.issuer.name),
          issuerMatch: matchForm(e.issuer.name),
          issuerSearch: fold(e.issuer.name),
        })),
      },
    );
    await tx.run(
      `UNWIND $rows AS e
       UNWIND e.supersedes AS old
       MATCH (n:Document {key: e.key}), (o:Document {key: old})
       MERGE (n)-[r:SUPERSEDES {sourceKey: 'catalog'}]->(o)`,
      { rows: entries.map((e) => ({ key: e.key, supersedes: e.supersedes ?? [] })) },
    );
  });
  return entries.length;
}
