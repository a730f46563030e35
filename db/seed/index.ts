// The real seed data a first start loads: every Academy Awards documentary nomination (oscar_data)
// and the 2016–17 season's facts. Idempotent: a rerun finds what is there and adds only what is missing.
import { writeTransaction, type Db } from '../client';
import { getSetting, setSetting } from '../queries/settings';
import { importOscarData, OSCAR_DATA_FILE } from '../../jobs/importers/oscar-data';
import { seedSeason2016 } from './season-2016-17';
import { seedDemoSource } from './demo-source';

const SEEDED_AT = 'seeded_at';

export async function seedDatabase(db: Db): Promise<string> {
  return writeTransaction(db, (tx) => {
    const oscars = importOscarData(tx, OSCAR_DATA_FILE, { documentaryOnly: true, actor: 'seed' });
    seedSeason2016(tx);
    seedDemoSource(tx);
    setSetting(tx, SEEDED_AT, new Date().toISOString());
    return `Academy Awards documentary categories: ${oscars.selected} nominations (${oscars.created} new); 2016–17 season facts loaded.`;
  });
}

/**
 * Seeds a database that has never been seeded. A seeded one is left alone, so an admin's deliberate
 * deletion is not undone by the next restart.
 */
export async function seedIfEmpty(db: Db): Promise<string | null> {
  if (getSetting(db, SEEDED_AT)) return null;
  return seedDatabase(db);
}
