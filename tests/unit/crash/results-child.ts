// Child process for results-crash.test.ts: enters results through db/queries/results.ts as an editor on
// ceremony night would, category after category: mark the winner, close the category, and (in 'loop'
// mode, so the work never runs out before the kill) reopen it and undo the winner, round after round.
// 'finish' mode completes the night: every open category gets its winner and is closed.
import { asc, eq } from 'drizzle-orm';
import { openDatabase, type Db } from '../../../db/client';
import { closeCategory, markWinner, reopenCategory, undoWinner } from '../../../db/queries/results';
import { categoryStateToken } from '../../../db/queries/results-sheet';
import { categories, nominations } from '../../../db/schema';

const actor = 'user:crash-test';
const db = openDatabase(process.env.LAURELS_DB!);
const mode = process.argv[2];

function state(db: Db, categoryId: number) {
  const category = db.select().from(categories).where(eq(categories.id, categoryId)).get()!;
  const rows = db
    .select()
    .from(nominations)
    .where(eq(nominations.categoryId, categoryId))
    .orderBy(asc(nominations.id))
    .all();
  return { category, rows, token: categoryStateToken(category.closedAt, rows) };
}

function decide(categoryId: number): void {
  const { category, rows } = state(db, categoryId);
  if (category.closedAt) return;
  const first = rows[0]!;
  if (!rows.some((row) => row.status === 'won'))
    markWinner(db, { actor, nominationId: first.id, expectedVersion: first.version });
  closeCategory(db, { actor, categoryId, expectedState: state(db, categoryId).token });
}

function undecide(categoryId: number): void {
  reopenCategory(db, { actor, categoryId, expectedState: state(db, categoryId).token });
  const winner = state(db, categoryId).rows.find((row) => row.status === 'won')!;
  undoWinner(db, { actor, nominationId: winner.id, expectedVersion: winner.version });
}

const ids = db
  .select({ id: categories.id })
  .from(categories)
  .orderBy(asc(categories.id))
  .all()
  .map((row) => row.id);
if (mode === 'finish') {
  ids.forEach(decide);
  process.stdout.write('finished\n');
} else {
  for (let round = 0; ; round++) {
    for (const id of ids) {
      decide(id);
      if (round === 0 && id === ids[0]) process.stdout.write('writing\n');
    }
    for (const id of ids) undecide(id);
  }
}
