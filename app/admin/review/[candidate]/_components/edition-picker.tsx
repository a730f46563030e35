// Picking the award and edition for a correction: a GET form that reloads the page with ?award=&edition=,
// so the category list below follows the choice with or without JavaScript.
interface Choice {
  id: number;
  name: string;
}

interface Props {
  awards: Choice[];
  editions: Choice[];
  awardId: number | null;
  editionId: number | null;
}

export function EditionPicker({ awards, editions, awardId, editionId }: Props) {
  return (
    <form method="get" autoComplete="off" className="edit-form" aria-labelledby="picker-heading">
      <h2 id="picker-heading">Award and edition</h2>
      <div className="form-field">
        <label htmlFor="pick-award">Award</label>
        <select id="pick-award" name="award" defaultValue={awardId ?? ''}>
          <option value="">Pick an award</option>
          {awards.map((award) => (
            <option key={award.id} value={award.id}>
              {award.name}
            </option>
          ))}
        </select>
      </div>
      {editions.length ? (
        <div className="form-field">
          <label htmlFor="pick-edition">Edition</label>
          <select id="pick-edition" name="edition" defaultValue={editionId ?? ''}>
            <option value="">Pick an edition</option>
            {editions.map((edition) => (
              <option key={edition.id} value={edition.id}>
                {edition.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit">Show its editions and categories</button>
    </form>
  );
}
