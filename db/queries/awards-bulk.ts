// ensureEdition, ensureCanonicalCategory and ensureCategory of db/queries/catalogue.ts for a bulk import:
// the full oscar_data file has 98 editions and some 2,700 categories, each found or created once per run.
// Same lookups by natural key, same rows, same audit entries; new editions and categories are queued
// (insert-bulk.ts) with the import's other rows and remembered here until then. An edition found that
// would gain something goes, after a flush, through ensureEdition itself. The few canonical categories
// are written at once.
import type Database from 'better-sqlite3';
import { rawClient, type Executor } from '../client';
import { foldText, slugify } from '../rules/text';
import { categories, editions, type Category, type Edition } from '../schema';
import { auditCreates, mapRow, rowOf } from './audit-bulk';
import { ensureEdition, type CanonicalCategoryInput, type CategoryInput, type EditionInput } from './catalogue';
import type { InsertBatch, InsertQueue } from './insert-bulk';

/** What an importer knows of an edition: no dates, so the one thing a found edition can gain is its results. */
export type BulkEditionInput = Pick<
  EditionInput,
  'awardId' | 'slug' | 'name' | 'ordinal' | 'year' | 'yearLabel' | 'resultsComplete'
>;

export class BulkAwards {
  private readonly editionBySlug: Database.Statement;
  private readonly editionRows: InsertQueue;
  private readonly canonicalBySlug: Database.Statement;
  private readonly insertCanonical: Database.Statement;
  private readonly insertAlias: Database.Statement;
  private readonly categoryBySlug: Database.Statement;
  private readonly categoryRows: InsertQueue;
  /** Editions and categories created by this import, by parent and slug: the tables have them once flushed. */
  private readonly created = new Map<string, Edition | Category>();

  constructor(
    private readonly tx: Executor,
    private readonly actor: string,
    private readonly batch: InsertBatch,
  ) {
    const client = rawClient(tx);
    this.editionBySlug = client.prepare('select * from editions where award_id = ? and slug = ?');
    this.editionRows = batch.queue(
      'editions',
      ['id', 'award_id', 'slug', 'name', 'ordinal', 'year', 'year_label', 'results_complete'],
      { fillIns: [auditCreates(actor, 'edition', editions)] },
    );
    this.canonicalBySlug = client
      .prepare('select id from canonical_categories where award_id = ? and slug = ?')
      .pluck();
    this.insertCanonical = client.prepare(
      'insert into canonical_categories (award_id, name, slug, group_name, is_documentary) values (?, ?, ?, ?, ?)',
    );
    this.insertAlias = client.prepare(
      `insert into category_aliases (canonical_category_id, alias, folded) values (?, ?, ?)
       on conflict (canonical_category_id, folded) do nothing`,
    );
    this.categoryBySlug = client.prepare('select * from categories where edition_id = ? and slug = ?');
    this.categoryRows = batch.queue(
      'categories',
      ['id', 'edition_id', 'name', 'slug', 'canonical_category_id', 'description', 'position'],
      { fillIns: [auditCreates(actor, 'category', categories)] },
    );
  }

  /** ensureEdition: the award's edition with this slug, created (and audited) when there is none. */
  ensureEdition(input: BulkEditionInput): Edition {
    const key = `edition\t${input.awardId}\t${input.slug}`;
    const found = (this.created.get(key) as Edition | undefined) ?? this.findEdition(input.awardId, input.slug);
    if (found) {
      if (!input.resultsComplete || found.resultsComplete) return found;
      this.batch.flush();
      const updated = ensureEdition(this.tx, input, this.actor);
      this.created.delete(key);
      return updated;
    }
    const id = this.editionRows.newId();
    const { awardId, slug, name, year } = input;
    const ordinal = input.ordinal ?? null;
    const yearLabel = input.yearLabel ?? null;
    const resultsComplete = input.resultsComplete ?? false;
    this.editionRows.add([id, awardId, slug, name, ordinal, year, yearLabel, resultsComplete ? 1 : 0]);
    const row = rowOf<Edition>(editions, { id, awardId, slug, name, ordinal, year, yearLabel, resultsComplete });
    this.created.set(key, row);
    return row;
  }

  private findEdition(awardId: number, slug: string): Edition | undefined {
    const raw = this.editionBySlug.get(awardId, slug) as Record<string, unknown> | undefined;
    return raw && mapRow<Edition>(editions, raw);
  }

  /** ensureCanonicalCategory: the canonical category's id, with every alias given recorded. */
  ensureCanonicalCategory({ aliases = [], ...input }: CanonicalCategoryInput): number {
    const slug = input.slug ?? slugify(input.name);
    let id = this.canonicalBySlug.get(input.awardId, slug) as number | undefined;
    if (id === undefined) {
      const values = [input.awardId, input.name, slug, input.groupName ?? null, input.isDocumentary ? 1 : 0];
      id = Number(this.insertCanonical.run(...values).lastInsertRowid);
    }
    for (const alias of [input.name, ...aliases]) this.insertAlias.run(id, alias, foldText(alias));
    return id;
  }

  /** ensureCategory: the edition's category with this slug, created (and audited) when there is none. */
  ensureCategory(input: CategoryInput): Category {
    const slug = input.slug ?? slugify(input.name);
    const key = `category\t${input.editionId}\t${slug}`;
    const known = this.created.get(key) as Category | undefined;
    if (known) return known;
    const found = this.categoryBySlug.get(input.editionId, slug);
    if (found) return mapRow<Category>(categories, found as Record<string, unknown>);
    const id = this.categoryRows.newId();
    const { editionId, name } = input;
    const canonicalCategoryId = input.canonicalCategoryId ?? null;
    const description = input.description ?? null;
    const position = input.position ?? 0;
    this.categoryRows.add([id, editionId, name, slug, canonicalCategoryId, description, position]);
    const row = rowOf<Category>(categories, { id, editionId, name, slug, canonicalCategoryId, description, position });
    this.created.set(key, row);
    return row;
  }
}
