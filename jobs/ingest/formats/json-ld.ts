// schema.org JSON-LD in an article page: the NewsArticle/Article/BlogPosting (or a subtype) describing it.
// Pages put it in many shapes — an object, an array, an @graph, @type as a list — and some blocks are
// broken JSON; a broken block is skipped, never fatal, since the page text can still be read.

export interface ArticleJsonLd {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
}

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
]);

export function findArticleJsonLd(document: Document): ArticleJsonLd | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = flatten(data).find(isArticle);
    if (article) return toArticle(article);
  }
  return null;
}

type Node = Record<string, unknown>;

function flatten(data: unknown): Node[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const node = data as Node;
  return [node, ...flatten(node['@graph'])];
}

function isArticle(node: Node): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type));
}

function toArticle(node: Node): ArticleJsonLd {
  const publisher = Array.isArray(node.publisher) ? node.publisher[0] : node.publisher;
  return {
    headline: stringOrNull(node.headline) ?? stringOrNull(node.name),
    datePublished: stringOrNull(node.datePublished),
    publisher:
      typeof publisher === 'string' ? stringOrNull(publisher) : stringOrNull((publisher as Node | undefined)?.name),
    articleBody: stringOrNull(node.articleBody),
    url: stringOrNull(node.url) ?? stringOrNull((node.mainEntityOfPage as Node | undefined)?.['@id']),
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
