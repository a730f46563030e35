// Jump links to an edition's categories, the documentary ones first: in an edition of two dozen
// categories a documentary fan should not have to scroll past the acting awards.
interface IndexedCategory {
  id: number;
  slug: string;
  name: string;
  isDocumentary: boolean;
}

function Links({ categories }: { categories: readonly IndexedCategory[] }) {
  return (
    <ul>
      {categories.map((category) => (
        <li key={category.id}>
          <a href={`#category-${category.slug}`}>{category.name}</a>
        </li>
      ))}
    </ul>
  );
}

export function EditionIndex({ categories }: { categories: readonly IndexedCategory[] }) {
  const documentary = categories.filter((category) => category.isDocumentary);
  const showGroups = documentary.length > 0 && documentary.length < categories.length;
  return (
    <nav aria-label="Categories in this edition" className="edition-index">
      {showGroups ? (
        <>
          <p className="edition-index-label">Documentary categories</p>
          <Links categories={documentary} />
          <p className="edition-index-label">All categories</p>
        </>
      ) : null}
      <Links categories={categories} />
    </nav>
  );
}
