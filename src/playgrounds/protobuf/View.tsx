import { useCallback, useId, useMemo, useState } from 'react';
import { paths, withBase } from '../../app/paths.ts';
import { CodeEditor } from '../../components/code-editor/CodeEditor.tsx';
import type { EditorHighlight, EditorMarker } from '../../components/code-editor/types.ts';
import { useCopy } from '../../components/useCopy.ts';
import { useLang } from '../../i18n/useT.ts';
import type { PlaygroundProps } from '../types.ts';
import { encodeShareHash } from '../share.ts';
import { usePlaygroundState } from '../usePlaygroundState.ts';
import { PRESETS, describePath, listTypes } from './model.ts';
import type { EncodeRequest, ExplainType, InputError } from './model.ts';
import { PRESET_NAMES, STRINGS, fmt } from './strings.ts';
import type { StringKey } from './strings.ts';
import { buildByteMap, pathAtOffset, recordForPath, spansForPath } from './view/bytemap.ts';
import { Decoder } from './view/Decoder.tsx';
import { Explain } from './view/Explain.tsx';
import { HexDump } from './view/HexDump.tsx';
import { Sizes } from './view/Sizes.tsx';
import { WhatIf } from './view/WhatIf.tsx';
import { WireTree } from './view/WireTree.tsx';
import { SYNC_LIMIT, useEncoding } from './view/useEncoding.ts';
import './view.css';

interface State {
  schema: string;
  /** Full or short message name; '' for the first message of the schema. */
  type: string;
  json: string;
  /** The preset the state started from (for the picker). */
  preset: string;
}

const DEFAULT_PRESET = 'hello-request';
const MAX_TEXT = 4 * 1024 * 1024;
/** Above this many characters the JSON is not written into the link or localStorage. */
const LINK_LIMIT = SYNC_LIMIT;

function fromPreset(id: string | undefined): State {
  const p = PRESETS.find((x) => x.id === id) ?? PRESETS.find((x) => x.id === DEFAULT_PRESET) ?? PRESETS[0]!;
  return { schema: p.schema, type: p.type, json: p.json, preset: p.id };
}

/** A shared link or saved state is untrusted: keep only well-formed strings of a sane size. */
function parseState(raw: unknown): State | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown) => typeof v === 'string' && v.length <= MAX_TEXT;
  if (!str(r.schema) || !str(r.json)) return undefined;
  return {
    schema: r.schema as string,
    json: r.json as string,
    type: typeof r.type === 'string' ? r.type.slice(0, 500) : '',
    preset: typeof r.preset === 'string' ? r.preset.slice(0, 100) : '',
  };
}

function errorText(e: InputError, s: Record<StringKey, string>): string {
  const path = e.path ? fmt(s.atPath, { path: e.path }) : '';
  if (e.source === 'schema')
    return e.line
      ? fmt(s.schemaErrorAt, { line: e.line, column: e.column ?? 1, message: e.message })
      : fmt(s.schemaError, { message: e.message });
  if (e.source === 'json')
    return e.line
      ? fmt(s.jsonErrorAt, { line: e.line, column: e.column ?? 1, path, message: e.message })
      : fmt(s.jsonError, { path, message: e.message });
  return fmt(s.typeError, { message: e.message });
}

function markerOf(e: InputError): EditorMarker {
  const message = e.path ? `${e.message} (${e.path})` : e.message;
  return { line: e.line ?? 1, ...(e.column ? { column: e.column } : {}), message, severity: 'error' };
}

/** `path → declared type`, memoised per schema and message type. */
function makeTypeOf(schema: string, type: string | undefined): (path: string) => ExplainType | undefined {
  const cache = new Map<string, ExplainType | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      const d = type ? describePath({ schema, type }, path) : null;
      cache.set(path, d?.ok ? d.resolved.explainType : undefined);
    }
    return cache.get(path);
  };
}

type Hover = { from: 'bytes' | 'json' | 'tree'; path: string } | null;

export default function View({ preset, standalone }: PlaygroundProps) {
  const lang = useLang();
  const s = STRINGS[lang];
  const id = useId();
  const initial = useMemo(() => fromPreset(preset), [preset]);
  const [saved, setSaved, resetSaved] = usePlaygroundState(`protobuf:${preset ?? 'page'}`, initial, parseState, {
    urlSync: standalone ?? false,
  });
  // A JSON too large for a link stays in memory only: compressing it into the URL on every edit
  // would block the main thread for as long as the encoding the worker spares it.
  const [bigJson, setBigJson] = useState<string | null>(null);
  const state = useMemo(() => (bigJson === null ? saved : { ...saved, json: bigJson }), [saved, bigJson]);
  const setState = (next: State) => {
    if (next.json.length > LINK_LIMIT) {
      setBigJson(next.json);
      if (saved.json !== '' || saved.schema !== next.schema || saved.type !== next.type)
        setSaved({ ...next, json: '' });
    } else {
      setBigJson(null);
      setSaved(next);
    }
  };
  // A large JSON arriving from a link or storage moves out of the saved state the same way.
  if (saved.json.length > LINK_LIMIT && bigJson === null) {
    setBigJson(saved.json);
    setSaved({ ...saved, json: '' });
  }
  const reset = () => {
    setBigJson(null);
    resetSaved();
  };
  const req = useMemo<EncodeRequest>(
    () => ({ schema: state.schema, json: state.json, ...(state.type ? { type: state.type } : {}) }),
    [state.schema, state.json, state.type],
  );
  const enc = useEncoding(req);
  const { shown, error, stale, working, big } = enc;

  const typeList = useMemo(() => listTypes(state.schema), [state.schema]);
  const types = typeList.ok ? typeList.types : state.type ? [state.type] : [];
  const typeValue = types.includes(state.type)
    ? state.type
    : (types.find((t) => t === state.type || t.endsWith(`.${state.type}`)) ?? '');

  // Reads records by their declared types (for the tree, the explanations and what-if).
  const typeReq = shown?.type;
  const typeOf = useMemo(() => makeTypeOf(state.schema, typeReq), [state.schema, typeReq]);

  const map = useMemo(() => (shown ? buildByteMap(shown.fields, shown.bytes) : null), [shown]);
  const [hover, setHover] = useState<Hover>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const hotRecord = hover && map ? recordForPath(map.byPath, hover.path) : null;
  const jsonHighlights = useMemo<EditorHighlight[]>(() => {
    if (!hover || !shown || stale) return [];
    const span = spansForPath(shown.jsonSpans, hover.path);
    if (!span) return [];
    return [
      ...(span.key ? [{ ...span.key, className: 'protobuf-json-hot-key' }] : []),
      { ...span.value, className: 'protobuf-json-hot' },
    ];
  }, [hover, shown, stale]);

  const onJsonHover = useCallback(
    (offset: number | null) => {
      if (offset === null || !shown || stale) return setHover((h) => (h?.from === 'json' ? null : h));
      const path = pathAtOffset(shown.jsonSpans, offset);
      setHover(path ? { from: 'json', path } : null);
    },
    [shown, stale],
  );
  const onByteHover = useCallback(
    (i: number | null) => {
      const rec = i !== null && map ? map.records[map.owner[i] ?? -1] : undefined;
      setHover(rec ? { from: 'bytes', path: rec.path } : null);
    },
    [map],
  );
  const onTreeFocus = useCallback((path: string | null) => setHover(path ? { from: 'tree', path } : null), []);

  const schemaMarkers = useMemo<EditorMarker[]>(() => (error?.source === 'schema' ? [markerOf(error)] : []), [error]);
  const jsonMarkers = useMemo<EditorMarker[]>(() => (error?.source === 'json' ? [markerOf(error)] : []), [error]);

  const update = (patch: Partial<State>) => setState({ ...state, ...patch });
  const presetNames = PRESET_NAMES[lang];
  const base = PRESETS.find((p) => p.id === state.preset);
  const edited = !base || base.schema !== state.schema || base.json !== state.json || base.type !== state.type;
  const selectedRecord = selected && map ? (map.byPath.get(selected) ?? null) : null;

  const [copyState, copy] = useCopy();
  const [copied, setCopied] = useState<'link' | 'embed' | null>(null);
  const share = (what: 'link' | 'embed') => {
    const route = what === 'link' ? paths.play(lang, 'protobuf') : paths.embedPlay(lang, 'protobuf');
    const url = new URL(withBase(route.slice(1)), window.location.href).toString() + encodeShareHash(state);
    const title = 'Protobuf';
    setCopied(what);
    void copy(
      what === 'link'
        ? url
        : `<iframe src="${url}" title="${title}" style="width:100%;border:0" height="1860" loading="lazy"></iframe>`,
    );
  };
  const copyLabel = (what: 'link' | 'embed', label: string) =>
    copied === what && copyState === 'copied'
      ? s.copied
      : copied === what && copyState === 'failed'
        ? s.copyFailed
        : label;

  return (
    <div className="protobuf-pg">
      <div className="protobuf-toolbar" role="group" aria-label={s.toolbar}>
        <label htmlFor={`${id}-preset`}>{s.preset}</label>
        <select
          id={`${id}-preset`}
          value={base ? base.id : ''}
          onChange={(e) => {
            setSelected(null);
            setHover(null);
            setState(fromPreset(e.target.value));
          }}
        >
          {!base && <option value="">—</option>}
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {presetNames[p.id] ?? p.id}
            </option>
          ))}
        </select>
        {base && edited && <span className="protobuf-soft">{s.customPreset}</span>}
        <label htmlFor={`${id}-type`}>{s.messageType}</label>
        <select
          id={`${id}-type`}
          value={typeValue}
          onChange={(e) => {
            setSelected(null);
            update({ type: e.target.value });
          }}
        >
          <option value="">{s.firstType}</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <span className="protobuf-toolbar-gap" />
        <button type="button" onClick={() => share('link')}>
          {copyLabel('link', s.copyLink)}
        </button>
        <button type="button" onClick={() => share('embed')}>
          {copyLabel('embed', s.copyEmbed)}
        </button>
        <button
          type="button"
          onClick={() => {
            setSelected(null);
            reset();
          }}
        >
          {s.reset}
        </button>
      </div>

      <div className="protobuf-editors">
        <div className="protobuf-editor" data-editor="schema">
          <h3 className="protobuf-editor-title">{s.schemaEditor}</h3>
          <CodeEditor
            value={state.schema}
            onChange={(schema) => update({ schema })}
            language="proto"
            label={s.schemaEditor}
            height={280}
            markers={schemaMarkers}
          />
          {error?.source === 'schema' && <p className="protobuf-error protobuf-field-error">{errorText(error, s)}</p>}
        </div>
        <div className="protobuf-editor" data-editor="json">
          <h3 className="protobuf-editor-title">{s.jsonEditor}</h3>
          <CodeEditor
            value={state.json}
            onChange={(json) => update({ json })}
            language="json"
            label={s.jsonEditor}
            height={280}
            markers={jsonMarkers}
            highlights={jsonHighlights}
            onHoverOffset={onJsonHover}
          />
          {error && error.source !== 'schema' && (
            <p className="protobuf-error protobuf-field-error">{errorText(error, s)}</p>
          )}
          {bigJson !== null && <p className="protobuf-note">{s.notInLink}</p>}
        </div>
      </div>

      <p
        className="protobuf-status"
        role="status"
        aria-label={s.status}
        data-state={error ? 'error' : working ? 'working' : 'ok'}
      >
        {working
          ? fmt(s.working, { chars: state.json.length })
          : error
            ? errorText(error, s)
            : shown
              ? fmt(s.encoded, { type: shown.type, bytes: shown.bytes.length, json: shown.sizes.json })
              : ''}
      </p>

      {shown && map && (
        <div
          className={`protobuf-output${stale ? ' is-stale' : ''}`}
          data-stale={stale ? 'true' : 'false'}
          aria-busy={working}
        >
          {stale && (
            <p className="protobuf-stale-notice">
              <span aria-hidden="true">⚠ </span>
              {s.stale}
            </p>
          )}
          <div className="protobuf-grid">
            <section className="protobuf-panel" aria-labelledby={`${id}-bytes`}>
              <h3 id={`${id}-bytes`}>
                {s.bytesHeading} <span className="protobuf-soft">({shown.bytes.length} B)</span>
              </h3>
              <HexDump bytes={shown.bytes} map={map} hot={hotRecord} onHoverByte={onByteHover} s={s} />
            </section>
            <section className="protobuf-panel" aria-labelledby={`${id}-tree`}>
              <h3 id={`${id}-tree`}>{s.treeHeading}</h3>
              <WireTree
                fields={shown.fields}
                bytes={shown.bytes}
                typeOf={typeOf}
                selected={selected}
                hotPath={hotRecord?.path ?? null}
                onSelect={(f) => setSelected(f.path)}
                onFocusPath={onTreeFocus}
                label={s.treeLabel}
                s={s}
              />
            </section>
          </div>
          <section className="protobuf-panel protobuf-explain" aria-labelledby={`${id}-explain`} aria-live="polite">
            <h3 id={`${id}-explain`}>{s.explainHeading}</h3>
            {selectedRecord ? (
              <Explain field={selectedRecord} bytes={shown.bytes} type={typeOf(selectedRecord.path)} s={s} />
            ) : (
              <p className="protobuf-note">{s.explainHint}</p>
            )}
          </section>
          <section className="protobuf-panel" aria-labelledby={`${id}-sizes`}>
            <h3 id={`${id}-sizes`}>{s.sizesHeading}</h3>
            <Sizes shown={shown} req={req} forms={enc.forms} s={s} />
          </section>
          <section className="protobuf-panel" aria-labelledby={`${id}-whatif`}>
            <h3 id={`${id}-whatif`}>{s.whatIfHeading}</h3>
            <p className="protobuf-note">{s.whatIfHelp}</p>
            <WhatIf req={req} fields={shown.fields} typeOf={typeOf} disabled={big || stale} s={s} />
          </section>
        </div>
      )}

      <section className="protobuf-panel" aria-labelledby={`${id}-decode`}>
        <h3 id={`${id}-decode`}>{s.decodeHeading}</h3>
        <Decoder req={req} typeName={shown?.type ?? state.type} encoded={shown?.bytes ?? null} typeOf={typeOf} s={s} />
      </section>
    </div>
  );
}
