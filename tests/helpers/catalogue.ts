// The two awards that the query and search tests build on, chosen because their years fall
// differently: the 88th–90th Academy Awards (awards years 2015–2017, only the 89th with its ceremony
// date, in 2017) and the 32nd IDA Documentary Awards of 2016 (held in 2016). Each test adds its own
// categories, films and nominations.
import type { Db } from '@/db/client';
import { ensureAward, ensureEdition, ensureOrganization } from '@/db/queries/catalogue';

const ACTOR = 'test';

export function addAcademyAndIdaAwards(db: Db) {
  const ampas = ensureOrganization(db, { slug: 'ampas', name: 'Academy of Motion Picture Arts and Sciences' }, ACTOR);
  const oscars = ensureAward(
    db,
    { slug: 'academy-awards', name: 'Academy Awards', kind: 'ceremony', organizationId: ampas.id, aliases: ['Oscars'] },
    ACTOR,
  );
  const idaOrg = ensureOrganization(db, { slug: 'ida', name: 'International Documentary Association' }, ACTOR);
  const ida = ensureAward(
    db,
    {
      slug: 'ida-documentary-awards',
      name: 'IDA Documentary Awards',
      kind: 'ceremony',
      organizationId: idaOrg.id,
      aliases: ['International Documentary Association Awards'],
    },
    ACTOR,
  );
  const oscar = (ordinal: number, year: number, ceremonyDate: string | null = null) =>
    ensureEdition(
      db,
      { awardId: oscars.id, slug: `${ordinal}th`, name: `${ordinal}th Academy Awards`, ordinal, year, ceremonyDate },
      ACTOR,
    );
  return {
    oscars,
    ida,
    e88: oscar(88, 2015),
    e89: oscar(89, 2016, '2017-02-26'),
    e90: oscar(90, 2017),
    ida2016: ensureEdition(
      db,
      {
        awardId: ida.id,
        slug: '2016',
        name: '2016 IDA Documentary Awards',
        ordinal: 32,
        year: 2016,
        ceremonyDate: '2016-12-09',
      },
      ACTOR,
    ),
  };
}
