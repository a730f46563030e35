// ensureCanonicalCategory and ensureCategory of db/queries/catalogue.ts for a bulk import, on statements
// prepared once (see audit-bulk.ts): the full oscar_data file has some 2,500 categories, each found or
// created once per run. Same lookups by natural key, same rows, same audit entries.
import type Database from 'better-sqlite3';
import type { Executor } from '../client';
import { foldText, slugify } from '../rules/text';
import { canonicalCategories, categories, type Category } from '../schema';
import { BulkAudit, insertAndRead, mapRow, rawClient } from './audit-bulk';
import type { CanonicalCategoryInput, CategoryInput } from './catalogue';

export class BulkAwards {
  private readonly canonicalBySlug: Database.Statement;
  private readonly canonicalById: Database.Statement;
  private readonly insertCanonical: Database.Statement;
  private readonly insertAlias: Database.Statement;
  private readonly categoryBySlug: Database.Statement;
  private readonly categoryById: Database.Statement;
  private readonly insertCategory: Database.Statement;
  private readonly audit: BulkAudit;

  constructor(
    tx: Executor,
    private readonly actor: string,
  ) {
    const client = rawClient(tx);
    this.canonicalBySlug = client
      .prepare('select id from canonical_categories where award_id = ? and slug = ?')
      .pluck();
    this.canonicalById = client.prepare('select * from canonical_categories where id = ?');
    this.insertCanonical = client.prepare(
      'insert into canonical_categories (award_id, name, slug, group_name, is_documentary) values (?, ?, ?, ?, ?)',
    );
    this.insertAlias = client.prepare(
      `insert into category_aliases (canonical_category_id, alias, folded) values (?, ?, ?)
       on conflict (canonical_category_id, folded) do nothing`,
    );
    this.categoryBySlug = client.prepare('select * from categories where edition_id = ? and slug = ?');
    this.categoryById = client.prepare('select * from categories where id = ?');
    this.insertCategory = client.prepare(
      `insert into categories (edition_id, name, slug, canonical_category_id, description, position)
       values (?, ?, ?, ?, ?, ?)`,
    );
    this.audit = new BulkAudit(client);
  }

  /** ensureCanonicalCategory: the canonical category's id, with every alias given recorded. */
  ensureCanonicalCategory({ aliases = [], ...input }: CanonicalCategoryInput): number {
    const slug = input.slug ?? slugify(input.name);
    let id = this.canonicalBySlug.get(input.awardId, slug) as number | undefined;
    if (id === undefined) {
      const values = [input.awardId, input.name, slug, input.groupName ?? null, input.isDocumentary ? 1 : 0];
      id = insertAndRead<{ id: number }>(this.insertCanonical, this.canonicalById, canonicalCategories, values).id;
    }
    for (const alias of [input.name, ...aliases]) this.insertAlias.run(id, alias, foldText(alias));
    return id;
  }

  /** ensureCategory: the edition's category with this slug, created (and audited) when there is none. */
  ensureCategory(input: CategoryInput): Category {
    const slug = input.slug ?? slugify(input.name);
    const found = this.categoryBySlug.get(input.editionId, slug);
    if (found) return mapRow<Category>(categories, found as Record<string, unknown>);
    const values = [
      input.editionId,
      input.name,
      slug,
      input.canonicalCategoryId ?? null,
      input.description ?? null,
      input.position ?? 0,
    ];
    const row = insertAndRead<Category>(this.insertCategory, this.categoryById, categories, values);
    this.audit.record({
      actor: this.actor,
      action: 'category.create',
      entityType: 'category',
      entityId: row.id,
      after: row,
    });
    return row;
  }
}
