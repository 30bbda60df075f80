/** Languages the site's editors use (Monaco ids). */
export type EditorLanguage = 'proto' | 'json' | 'dockerfile' | 'yaml' | 'go' | 'plaintext';

/** A problem shown at its place in the text (a Monaco marker). Lines and columns are 1-based. */
export interface EditorMarker {
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** A span of text to highlight, by character offsets into the value (end exclusive). */
export interface EditorHighlight {
  start: number;
  end: number;
  className: string;
}
