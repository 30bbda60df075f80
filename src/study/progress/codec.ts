// Turning text into progress: parse, recognise, migrate from any earlier version, validate. Used for
// the stored document and for imported files. Every failure is a value with a code (for the UI's
// message in either language) and an English `error`; nothing here throws.

import { migrate, type VersionedDoc } from './migrations.ts';
import { PROGRESS_VERSION, type Progress } from './schema.ts';
import { validateProgress } from './validate.ts';

/** What an exported file says about itself, so a file from anywhere else is recognised as foreign. */
export const EXPORT_APP = 'go-backend-atlas';
export const EXPORT_KIND = 'progress';

export interface ProgressExport {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  /** ISO 8601, for the learner's eyes only. */
  exportedAt: string;
  progress: Progress;
}

export type DecodeFailure =
  | { code: 'empty' }
  /** Not JSON at all, or JSON with a syntax error in the middle. */
  | { code: 'corrupt' }
  /** JSON that stops before its last bracket closes: a cut download or copy. */
  | { code: 'truncated' }
  /** JSON, but not ours: another app's export, an array, some other object. */
  | { code: 'foreign' }
  /** Ours, from a newer version of the site than this one. */
  | { code: 'newer'; version: number }
  /** Ours, but a field is wrong; `detail` names it ("cards.grpc/interview/0.due: expected number"). */
  | { code: 'invalid'; detail: string };

export type Decoded =
  { ok: true; progress: Progress; exportedAt?: string } | ({ ok: false; error: string } & DecodeFailure);

/** Decodes an export file or a stored progress document (both are accepted). */
export function decodeProgress(text: string, now: number = Date.now()): Decoded {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ code: 'empty' }, 'empty file');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return looksCut(body) ? fail({ code: 'truncated' }, 'truncated JSON') : fail({ code: 'corrupt' }, 'not valid JSON');
  }
  if (!isObject(value)) return fail({ code: 'foreign' }, 'not a progress file (top level is not an object)');

  let doc: Record<string, unknown>;
  let exportedAt: string | undefined;
  if ('app' in value || 'kind' in value) {
    if (value.app !== EXPORT_APP || value.kind !== EXPORT_KIND)
      return fail({ code: 'foreign' }, `not a progress file (app ${JSON.stringify(value.app)})`);
    if (!isObject(value.progress)) return invalid('progress: expected object');
    doc = value.progress;
    if (typeof value.exportedAt === 'string') exportedAt = value.exportedAt;
  } else if (typeof value.version === 'number' && 'lessons' in value) {
    doc = value; // the stored document itself, as localStorage holds it
  } else {
    return fail({ code: 'foreign' }, 'not a progress file');
  }

  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return invalid('version: expected integer');
  if (version > PROGRESS_VERSION)
    return fail({ code: 'newer', version }, `version ${version} is newer than ${PROGRESS_VERSION}`);
  const migrated = migrate(doc as VersionedDoc, now);
  if (!migrated.ok) return invalid(migrated.error);
  const valid = validateProgress(migrated.doc);
  if (!valid.ok) return invalid(valid.error);
  return exportedAt === undefined
    ? { ok: true, progress: valid.progress }
    : { ok: true, progress: valid.progress, exportedAt };
}

/** The text of an export file. */
export function encodeExport(progress: Progress, now: Date): string {
  const file: ProgressExport = { app: EXPORT_APP, kind: EXPORT_KIND, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2) + '\n';
}

function fail(failure: DecodeFailure, error: string): Decoded {
  return { ok: false, error, ...failure };
}

function invalid(detail: string): Decoded {
  return fail({ code: 'invalid', detail }, detail);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * True when unparsable text is JSON that was cut off: it opens with a bracket and ends inside a string
 * or with brackets still open. (Engines word their parse errors differently, so this looks at the text.)
 */
function looksCut(text: string): boolean {
  const t = text.trimStart();
  if (t[0] !== '{' && t[0] !== '[') return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return false; // the top level closed: whatever is wrong is not a cut
    }
  }
  return inString || depth > 0;
}
