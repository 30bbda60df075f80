/**
 * Monaco, assembled from npm for this site only: the editor core, the editing features a playground
 * needs (find, folding, hover for error markers, bracket matching, comments…), the languages we edit,
 * and its web workers bundled by Vite. Never loaded from a CDN; loaded only by CodeEditor, on demand.
 * (monaco-editor's own `editor.main` would pull in every language and the TypeScript service.)
 */
import * as monaco from 'monaco-esm/editor/editor.api.js';
import 'monaco-esm/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-esm/editor/contrib/caretOperations/browser/transpose.js';
import 'monaco-esm/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-esm/editor/browser/widget/codeEditor/codeEditorWidget.js';
import 'monaco-esm/editor/contrib/comment/browser/comment.js';
import 'monaco-esm/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-esm/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-esm/editor/contrib/dnd/browser/dnd.js';
import 'monaco-esm/editor/contrib/folding/browser/folding.js';
import 'monaco-esm/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-esm/editor/contrib/indentation/browser/indentation.js';
import 'monaco-esm/editor/contrib/lineSelection/browser/lineSelection.js';
import 'monaco-esm/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-esm/editor/contrib/placeholderText/browser/placeholderText.contribution.js';
import 'monaco-esm/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import 'monaco-esm/editor/contrib/tokenization/browser/tokenization.js';
import 'monaco-esm/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-esm/editor/contrib/wordPartOperations/browser/wordPartOperations.js';
import 'monaco-esm/editor/browser/coreCommands.js';
import 'monaco-esm/editor/contrib/caretOperations/browser/caretOperations.js';
import 'monaco-esm/editor/contrib/find/browser/findController.js';
import 'monaco-esm/editor/common/standaloneStrings.js';
import 'monaco-esm/languages/definitions/protobuf/register.js';
import 'monaco-esm/languages/definitions/dockerfile/register.js';
import 'monaco-esm/languages/definitions/go/register.js';
import 'monaco-esm/languages/definitions/yaml/register.js';
import { jsonDefaults } from 'monaco-esm/languages/features/json/register.js';
import EditorWorker from 'monaco-esm/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-esm/languages/features/json/json.worker.js?worker';

(globalThis as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

// The playgrounds report JSON errors themselves, with a field path; the JSON service's own would repeat them.
jsonDefaults.setDiagnosticsOptions({ validate: false });

// Monaco's stock line numbers are below WCAG's 4.5:1 on its backgrounds; ours keep its look but pass.
monaco.editor.defineTheme('atlas-light', { base: 'vs', inherit: true, rules: [], colors: { 'editorLineNumber.foreground': '#5c6670' } });
monaco.editor.defineTheme('atlas-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editorLineNumber.foreground': '#9da5b0' } });

export { monaco };
