// The text a facts file (db/seed/facts/*.md, written in Markdown) is held as when it is a source: a
// source's page shows its text a line at a time and escaped (app/sources/[source]/source-quote.ts), so
// table rows would show as "| fact | value | source |" and headings with their "#". Each block becomes
// one line of plain words: a heading or a paragraph as it reads, a list item on a line of its own, and a
// table row as "Fact — value. Source: where it was reported."
import { Lexer, type Token, type Tokens } from 'marked';

export function factsAsText(markdown: string): string {
  return Lexer.lex(markdown)
    .flatMap(blockLines)
    .filter((line) => line !== '')
    .join('\n');
}

function blockLines(token: Token): string[] {
  switch (token.type) {
    case 'space':
      return [];
    case 'heading':
    case 'paragraph':
      return [oneLine((token as Tokens.Heading | Tokens.Paragraph).text)];
    case 'list':
      return (token as Tokens.List).items.map((item) => oneLine(item.text));
    case 'table':
      return tableLines(token as Tokens.Table);
    default:
      return [oneLine(token.raw)];
  }
}

/** A row as its first cell, its second, then each further column named by its header; empty or "—" cells left out. */
function tableLines(table: Tokens.Table): string[] {
  const headers = table.header.map((cell) => oneLine(cell.text));
  return table.rows.map((row) => {
    const [label = '', value = '', ...rest] = row.map((cell) => oneLine(cell.text));
    const further = rest
      .map((cell, i) => (cell === '' || cell === '—' ? '' : ` ${capitalised(headers[i + 2] ?? '')}: ${sentence(cell)}`))
      .join('');
    return `${capitalised(label)} — ${sentence(value)}${further}`;
  });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
