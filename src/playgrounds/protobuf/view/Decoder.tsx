import { useId, useMemo, useState } from 'react';
import { decode, decodeRaw, parseBytesInput, toHex } from '../model.ts';
import type { EncodeRequest, ExplainType, WireField } from '../model.ts';
import { WireTree } from './WireTree.tsx';
import { Explain } from './Explain.tsx';
import { fmt, type StringKey } from '../strings.ts';

type S = Record<StringKey, string>;

/** The other direction: pasted hex or base64 → records, read with the schema or without one. */
export function Decoder(props: {
  req: EncodeRequest;
  typeName: string;
  encoded: Uint8Array | null;
  typeOf: (path: string) => ExplainType | undefined;
  s: S;
}) {
  const { req, typeName, encoded, typeOf, s } = props;
  const id = useId();
  const [text, setText] = useState('');
  const [mode, setMode] = useState<'aware' | 'blind'>('aware');
  const [selected, setSelected] = useState<WireField | null>(null);

  const parsed = useMemo(() => parseBytesInput(text), [text]);
  const result = useMemo(() => {
    if (!parsed.ok || parsed.bytes.length === 0) return null;
    if (mode === 'blind') return { ...decodeRaw(parsed.bytes), json: null };
    const r = decode({ schema: req.schema, ...(req.type ? { type: req.type } : {}), bytes: parsed.bytes });
    return r;
  }, [parsed, mode, req.schema, req.type]);
  const noType = () => undefined;

  return (
    <div className="protobuf-decoder">
      <label htmlFor={`${id}-in`}>{s.decodeInput}</label>
      <textarea
        id={`${id}-in`}
        className="protobuf-decode-input"
        rows={3}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setSelected(null);
        }}
      />
      <div className="protobuf-controls">
        <button
          type="button"
          disabled={!encoded}
          onClick={() => {
            if (encoded) setText(toHex(encoded.subarray(0, 65536)));
            setSelected(null);
          }}
        >
          {s.decodeUseEncoded}
        </button>
        <fieldset className="protobuf-radios">
          <legend>{s.decodeMode}</legend>
          {(['aware', 'blind'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-mode`}
                value={m}
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                  setSelected(null);
                }}
              />{' '}
              {m === 'aware' ? s.decodeAware : s.decodeBlind}
            </label>
          ))}
        </fieldset>
      </div>
      <div aria-live="polite">
        {!parsed.ok ? (
          <p className="protobuf-error">{fmt(s.decodeError, { message: parsed.message })}</p>
        ) : parsed.bytes.length === 0 ? (
          <p className="protobuf-note">{s.decodeEmpty}</p>
        ) : (
          <p className="protobuf-note">
            {fmt(s.decodeFormat, { n: parsed.bytes.length, format: parsed.format })}
            {parsed.grpc ? ` ${fmt(s.decodeGrpc, { length: parsed.grpc.length })}` : ''}
          </p>
        )}
        {result && !result.ok && (
          <p className="protobuf-error">{fmt(s.decodeError, { message: result.error.message })}</p>
        )}
      </div>
      {result?.ok && parsed.ok && (
        <div className="protobuf-decode-out">
          <WireTree
            fields={result.fields}
            bytes={parsed.bytes}
            typeOf={mode === 'aware' ? typeOf : noType}
            selected={selected?.path ?? null}
            hotPath={null}
            onSelect={setSelected}
            onFocusPath={() => undefined}
            label={s.treeLabel}
            s={s}
          />
          {typeof result.json === 'string' && (
            <div>
              <h4>{fmt(s.decodedJson, { type: typeName })}</h4>
              <pre className="protobuf-json-out" tabIndex={0}>
                {result.json.slice(0, 20000)}
              </pre>
            </div>
          )}
        </div>
      )}
      {selected && parsed.ok && (
        <div className="protobuf-explain">
          <Explain
            field={selected}
            bytes={parsed.bytes}
            type={mode === 'aware' ? typeOf(selected.path) : undefined}
            s={s}
          />
        </div>
      )}
    </div>
  );
}
