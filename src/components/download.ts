/**
 * Saves text as a file through the browser's download (no server involved). No byte-order mark: Anki
 * would read one as part of the first header line of a flashcard export and ignore the headers.
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; releasing it on the next tick is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
