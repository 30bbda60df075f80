/**
 * Marks the reader's terms in the section a search result led to, with the CSS Custom Highlight API:
 * ranges painted by `::highlight(search-hit)` (search.css), so the page's DOM, which React owns, is
 * never changed. Where the API is missing the jump still works, unmarked.
 */
import { findMarks } from './snippet.ts';

const NAME = 'search-hit';
const WAIT_MS = 5000;

interface Target {
  /** The lesson's language and title, which the page's article must show: until then the previous page may still be in place. */
  lang: string;
  title: string;
  /** Heading id; "" for the introduction. */
  section: string;
  /** An interview question's index in the list. */
  q?: number;
  marks: string[];
}

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
const registry = (): HighlightRegistry | undefined =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'
    ? (CSS.highlights as unknown as HighlightRegistry)
    : undefined;

export function clearHighlight(): void {
  registry()?.delete(NAME);
}

/** The part of the page that is the target section: a Range from its heading to the next heading of its rank or above. */
function sectionRange(
  target: Target,
): { range: Range; heading: HTMLElement | null; item: HTMLElement | null } | undefined {
  const article = document.querySelector('article.lesson');
  if (
    !article ||
    article.getAttribute('lang') !== target.lang ||
    article.querySelector('h1')?.textContent?.trim() !== target.title
  )
    return undefined;
  const range = document.createRange();
  if (target.section === 'interview-questions') {
    const section = document.getElementById(target.section)?.closest('section');
    const item = section?.querySelectorAll<HTMLElement>('.interview-list > li')[target.q ?? -1] ?? null;
    if (!section) return undefined;
    range.selectNodeContents(item ?? section);
    return { range, heading: document.getElementById(target.section), item };
  }
  const prose = article.querySelector('.prose');
  if (!prose) return undefined;
  const heading = target.section ? document.getElementById(target.section) : null;
  if (target.section && !heading) return undefined;
  if (heading) range.setStartBefore(heading);
  else range.setStartBefore(article.querySelector('.lesson-summary') ?? prose); // the introduction's text includes the summary
  // The section ends at the next heading of the same or a higher rank (an h3 ends at an h3 or h2).
  const stop = heading?.tagName === 'H3' ? 'H2,H3' : 'H2';
  const headings = [...prose.querySelectorAll<HTMLElement>('h2, h3')];
  const next = headings.find(
    (h) =>
      stop.includes(h.tagName) &&
      (heading ? heading.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING : true),
  );
  if (next) range.setEndBefore(next);
  else range.setEnd(prose, prose.childNodes.length);
  return { range, heading, item: null };
}

/** Ranges of every match inside `range`, found in its text as a whole (code is split across many spans). */
function matchRanges(range: Range, marks: string[]): Range[] {
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!range.intersectsNode(n) || (n.parentElement?.closest('.heading-anchor, .visually-hidden') ?? null)) continue;
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  const at = (offset: number, end: boolean): [Text, number] => {
    // The node holding this offset: for an end offset, the one it closes.
    let i = starts.findLastIndex((s) => (end ? s < offset : s <= offset));
    if (i < 0) i = 0;
    return [nodes[i]!, offset - starts[i]!];
  };
  return findMarks(text, marks).map(([s, e]) => {
    const r = document.createRange();
    r.setStart(...at(s, false));
    r.setEnd(...at(e, true));
    return r;
  });
}

/**
 * After a navigation to a result: waits for the lesson and the section to be on the page (their
 * chunks may still be loading), marks the terms in that section, opens an interview answer the terms
 * are in, brings the first match into view if the heading jump left it below the fold, and moves focus
 * to the section so the keyboard continues from there. Resolves to the number of marks.
 */
export function highlightOnArrival(target: Target, signal: AbortSignal): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const attempt = () => {
      if (signal.aborted) return resolve(0);
      const found = sectionRange(target);
      if (!found) {
        if (performance.now() - started < WAIT_MS) window.setTimeout(attempt, 50);
        else resolve(0);
        return;
      }
      const ranges = matchRanges(found.range, target.marks);
      const details = found.item?.querySelector('details');
      if (details && ranges.some((r) => details.contains(r.startContainer))) details.open = true;
      const reg = registry();
      if (reg && ranges.length) reg.set(NAME, new Highlight(...ranges));
      const focusTarget = found.item ?? found.heading;
      if (focusTarget) {
        if (!focusTarget.hasAttribute('tabindex')) focusTarget.setAttribute('tabindex', '-1');
        focusTarget.focus({ preventScroll: true });
      }
      // After the router's own jump to the heading (ScrollManager looks for it every 50 ms).
      window.setTimeout(() => {
        if (signal.aborted) return;
        const first = ranges[0]?.getBoundingClientRect();
        if (found.item) found.item.scrollIntoView({ block: 'start' });
        else if (first && (first.bottom > window.innerHeight || first.top < 0)) {
          ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        }
        resolve(ranges.length);
      }, 120);
    };
    attempt();
  });
}
