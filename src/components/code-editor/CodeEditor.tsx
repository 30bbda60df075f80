import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useResolvedTheme } from '../../app/theme.ts';
import type * as MonacoApi from 'monaco-esm/editor/editor.api.js';
import type { EditorHighlight, EditorLanguage, EditorMarker } from './types.ts';

type Monaco = typeof MonacoApi;
type Editor = ReturnType<Monaco['editor']['create']>;

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: EditorLanguage;
  /** Accessible name of the editor. */
  label: string;
  /** Height in CSS pixels; the placeholder has the same height, so nothing moves when Monaco arrives. */
  height: number;
  markers?: EditorMarker[];
  highlights?: EditorHighlight[];
  /** Character offset under the mouse, or null when it leaves the text. */
  onHoverOffset?: (offset: number | null) => void;
  readOnly?: boolean;
}

const LIGHT_THEME = 'atlas-light';
const DARK_THEME = 'atlas-dark';

let monacoPromise: Promise<Monaco> | undefined;
const loadMonaco = () => (monacoPromise ??= import('./monaco-setup.ts').then((m) => m.monaco));

/**
 * A Monaco editor that loads only when a page shows one. Until it has loaded (or if it fails to) the
 * reader edits a plain textarea holding the same text, so nothing typed is ever lost.
 */
export function CodeEditor(props: CodeEditorProps) {
  const { value, onChange, language, label, height, markers, highlights, onHoverOffset, readOnly } = props;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const monacoRef = useRef<Monaco | null>(null);
  const decorations = useRef<string[]>([]);
  const lastEmitted = useRef<string | null>(null);
  const latest = useRef({ onChange, onHoverOffset });
  const theme = useResolvedTheme();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    latest.current = { onChange, onHoverOffset };
  });

  // Create once; value/markers/theme are synchronised by the effects below.
  useEffect(() => {
    let disposed = false;
    let editor: Editor | null = null;
    loadMonaco()
      .then((monaco) => {
        if (disposed || !host.current) return;
        monacoRef.current = monaco;
        editor = monaco.editor.create(host.current, {
          value,
          language,
          ariaLabel: label,
          readOnly: readOnly ?? false,
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          lineNumbersMinChars: 3,
          tabSize: 2,
          renderLineHighlight: 'line',
          fixedOverflowWidgets: true,
          theme: document.documentElement.dataset.theme === 'dark' ? DARK_THEME : LIGHT_THEME,
        });
        editorRef.current = editor;
        editor.onDidChangeModelContent(() => {
          const text = editor!.getValue();
          lastEmitted.current = text;
          // Commit now: a batched update would arrive after the next keystroke and, via the value
          // effect below, put the older text back into the editor.
          flushSync(() => latest.current.onChange(text));
        });
        editor.onMouseMove((e) => {
          const model = editor!.getModel();
          const pos = e.target.position;
          latest.current.onHoverOffset?.(model && pos && e.target.type === monaco.editor.MouseTargetType.CONTENT_TEXT ? model.getOffsetAt(pos) : null);
        });
        editor.onMouseLeave(() => latest.current.onHoverOffset?.(null));
        setReady(true);
      })
      .catch((error: unknown) => console.error('The code editor failed to load; the plain text box stays.', error));
    return () => {
      disposed = true;
      editor?.getModel()?.dispose();
      editor?.dispose();
      editorRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once per language
  }, [language]);

  useEffect(() => {
    const editor = editorRef.current;
    // Only an outside change (a preset, a reset, a shared link) is written into the editor.
    if (editor && value !== lastEmitted.current && editor.getValue() !== value) editor.setValue(value);
  }, [value, ready]);

  useEffect(() => {
    monacoRef.current?.editor.setTheme(theme === 'dark' ? DARK_THEME : LIGHT_THEME);
  }, [theme, ready]);

  useEffect(() => {
    const monaco = monacoRef.current;
    const model = editorRef.current?.getModel();
    if (!monaco || !model) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    monaco.editor.setModelMarkers(
      model,
      'atlas',
      (markers ?? []).map((m) => ({
        startLineNumber: m.line,
        startColumn: m.column ?? 1,
        endLineNumber: m.endLine ?? m.line,
        endColumn: m.endColumn ?? (m.column ? m.column + 1 : model.getLineMaxColumn(Math.min(m.line, model.getLineCount()))),
        message: m.message,
        severity: severity[m.severity],
      })),
    );
  }, [markers, ready]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    decorations.current = editor.deltaDecorations(
      decorations.current,
      (highlights ?? []).map((h) => {
        const start = model.getPositionAt(h.start);
        const end = model.getPositionAt(h.end);
        return {
          range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
          options: { inlineClassName: h.className },
        };
      }),
    );
  }, [highlights, ready]);

  return (
    <div className="code-editor" style={{ height }}>
      {!ready && (
        <textarea
          className="code-editor-fallback"
          aria-label={label}
          value={value}
          readOnly={readOnly}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <div ref={host} className="code-editor-host" hidden={!ready} />
    </div>
  );
}
