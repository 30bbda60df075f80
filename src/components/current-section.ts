/** The id of the section heading the reader is in: the last one whose top has scrolled past the header. */
export function currentSectionId(): string | undefined {
  const headings = document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]');
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= 96) current = heading.id;
    else break;
  }
  return current;
}
