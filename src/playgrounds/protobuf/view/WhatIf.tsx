import { useId, useMemo, useState } from 'react';
import { flattenFields, whatIf } from '../model.ts';
import type { EncodeRequest, ExplainType, ScalarType, WhatIfChange, WireField } from '../model.ts';
import { fmt, type StringKey } from '../strings.ts';

type S = Record<StringKey, string>;

const SCALARS: ScalarType[] = [
  'int32',
  'sint32',
  'uint32',
  'fixed32',
  'sfixed32',
  'int64',
  'sint64',
  'uint64',
  'fixed64',
  'sfixed64',
  'float',
  'double',
  'bool',
  'string',
  'bytes',
];

/** One path per declared field, in the order the records come: `items[3].id` and `items[0].id` are the same field. */
function candidates(
  fields: WireField[],
  typeOf: (p: string) => ExplainType | undefined,
): { path: string; type: ExplainType | undefined }[] {
  const seen = new Set<string>();
  const out: { path: string; type: ExplainType | undefined }[] = [];
  for (const f of flattenFields(fields)) {
    if (f.path.includes('#')) continue;
    // Elements of one field share a key, so each declaration is looked up once.
    const key = f.path.replace(/\[[^\]]*\]/g, '[]');
    if (seen.has(key)) continue;
    seen.add(key);
    const type = typeOf(f.path);
    if (type === undefined) continue;
    // Whole repeated field, not one element, so packing can be toggled.
    const path = type !== 'message' && /\[\d+\]$/.test(f.path) ? f.path.replace(/\[\d+\]$/, '') : f.path;
    if (out.some((o) => o.path === path)) continue;
    out.push({ path, type: typeOf(path) ?? type });
    if (out.length >= 60) break;
  }
  return out;
}

/** A type the field's value also fits, to start the comparison with. */
function suggest(type: ExplainType | undefined): ScalarType {
  const next: Partial<Record<ExplainType, ScalarType>> = {
    int32: 'sint32',
    sint32: 'fixed32',
    fixed32: 'int32',
    sfixed32: 'sint32',
    uint32: 'fixed32',
    enum: 'int32',
    int64: 'sint64',
    sint64: 'fixed64',
    fixed64: 'int64',
    sfixed64: 'sint64',
    uint64: 'fixed64',
    float: 'double',
    double: 'float',
    string: 'bytes',
    bytes: 'string',
    bool: 'int32',
    packed: 'sint32',
  };
  return (type && next[type]) ?? 'sint32';
}

export function WhatIf(props: {
  req: EncodeRequest;
  fields: WireField[];
  typeOf: (path: string) => ExplainType | undefined;
  disabled: boolean;
  s: S;
}) {
  const { req, fields, typeOf, disabled, s } = props;
  const id = useId();
  const options = useMemo(() => (disabled ? [] : candidates(fields, typeOf)), [disabled, fields, typeOf]);
  const [path, setPath] = useState('');
  const [kindChoice, setKind] = useState<WhatIfChange['kind'] | null>(null);
  const [scalarChoice, setScalar] = useState<ScalarType | null>(null);
  const [number, setNumber] = useState('16');
  const [packed, setPacked] = useState(false);
  const chosen = options.find((o) => o.path === path) ?? options[0];
  const scalar = scalarChoice ?? suggest(chosen?.type);
  // Text and messages cannot change type without breaking the JSON; their number can change.
  const t = chosen?.type;
  const kind =
    kindChoice ?? (t === 'packed' ? 'packed' : t === 'string' || t === 'bytes' || t === 'message' ? 'number' : 'type');

  const change: WhatIfChange =
    kind === 'type' ? { kind, scalar } : kind === 'number' ? { kind, number: Number(number) } : { kind, packed };
  const result = useMemo(
    () => (chosen && !disabled ? whatIf({ ...req, path: chosen.path, change }) : null),
    // `change` is rebuilt each render from the primitives listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [req, chosen, disabled, kind, scalar, number, packed],
  );

  if (disabled) return <p className="protobuf-note">{s.whatIfTooBig}</p>;
  if (!chosen) return <p className="protobuf-note">{s.whatIfNoFields}</p>;
  return (
    <div className="protobuf-whatif">
      <div className="protobuf-controls">
        <label htmlFor={`${id}-field`}>{s.whatIfField}</label>
        <select
          id={`${id}-field`}
          value={chosen.path}
          onChange={(e) => {
            setPath(e.target.value);
            setScalar(null);
            setKind(null);
          }}
        >
          {options.map((o) => (
            <option key={o.path} value={o.path}>
              {o.path} ({o.type})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-kind`}>{s.whatIfChange}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as WhatIfChange['kind'])}>
          <option value="type">{s.whatIfType}</option>
          <option value="number">{s.whatIfNumber}</option>
          <option value="packed">{s.whatIfPacked}</option>
        </select>
        {kind === 'type' && (
          <select aria-label={s.whatIfType} value={scalar} onChange={(e) => setScalar(e.target.value as ScalarType)}>
            {SCALARS.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        )}
        {kind === 'number' && (
          <input
            aria-label={s.whatIfNumber}
            type="number"
            min={1}
            max={536870911}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            className="protobuf-number"
          />
        )}
        {kind === 'packed' && (
          <select
            aria-label={s.whatIfPacked}
            value={packed ? 'on' : 'off'}
            onChange={(e) => setPacked(e.target.value === 'on')}
          >
            <option value="on">{s.packedOn}</option>
            <option value="off">{s.packedOff}</option>
          </select>
        )}
      </div>
      <p className="protobuf-whatif-result" aria-live="polite">
        {result === null
          ? ''
          : result.ok
            ? fmt(s.whatIfResult, {
                before: result.before.size,
                after: result.after.size,
                delta: result.delta > 0 ? `+${result.delta}` : result.delta === 0 ? '±0' : String(result.delta),
              })
            : result.error.message}
      </p>
    </div>
  );
}
