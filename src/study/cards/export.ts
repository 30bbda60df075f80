// The deck as files another tool can read: Anki's plain-text import format and Markdown. Pure text in,
// text out. Card texts are the lessons' inline markdown: blank lines separate paragraphs, `backticks`
// mark code (see src/lessons/RichText.tsx).

export interface ExportCard {
  id: string;
  /** Front: the question. */
  q: string;
  /** Back: the model answer. */
  a: string;
  tags: string[];
  /** Heading the card is filed under in Markdown (its lesson). */
  section?: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One field as Anki HTML. Escaped, so a `<` in a Go snippet stays text, and with no raw tab, newline or
 * double quote left: a tab would start a new column, a newline a new note, and a field opening with `"`
 * would be read as a quoted field. Newlines become <br>, code spans <code>.
 */
export function ankiField(text: string): string {
  const html = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/(`[^`\n]+`)/)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? `<code>${escapeHtml(part.slice(1, -1))}</code>`
        : escapeHtml(part),
    )
    .join('');
  return html.replace(/\t/g, '&#9;').replace(/\n/g, '<br>');
}

/** Anki tags are separated by spaces, so a space inside one becomes `_`. */
const ankiTag = (tag: string) => tag.trim().replace(/[\s"]+/g, '_');

/**
 * The cards in Anki's text import format (Anki 2.1.55+ reads the headers; older versions skip them as
 * comments): tab-separated Front, Back, Tags, one note per line, fields as HTML.
 * https://docs.ankiweb.net/importing/text-files.html#file-headers
 */
export function toAnkiTsv(cards: ExportCard[]): string {
  const lines = ['#separator:tab', '#html:true', '#tags column:3', '#columns:Front\tBack\tTags'];
  for (const card of cards) {
    // A line starting with "#" is a comment to Anki: escape a question that opens with one.
    const front = ankiField(card.q).replace(/^#/, '&#35;');
    const tags = card.tags.map(ankiTag).filter(Boolean).join(' ');
    lines.push(`${front}\t${ankiField(card.a)}\t${tags}`);
  }
  return lines.join('\n') + '\n';
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** The cards as a Markdown document: a heading per section (lesson), the question as a sub-heading. */
export function toMarkdown(cards: ExportCard[], title: string): string {
  const out = [`# ${oneLine(title)}`, ''];
  let section: string | undefined;
  for (const card of cards) {
    if (card.section !== undefined && card.section !== section) {
      section = card.section;
      out.push(`## ${oneLine(section)}`, '');
    }
    out.push(`### ${oneLine(card.q)}`, '', card.a.replace(/\r\n?/g, '\n').trim(), '');
  }
  return out.join('\n');
}
