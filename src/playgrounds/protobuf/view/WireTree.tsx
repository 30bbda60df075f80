import type { ExplainType, WireField } from '../model.ts';
import { WIRE_TYPE_NAMES, explainField } from '../model.ts';
import { TREE_LIMIT } from './bytemap.ts';
import { fmt, type StringKey } from '../strings.ts';

const MAX_TEXT = 48;

/** A short reading of a record's value: by its declared type when known, else by its wire type alone. */
export function valueText(
  field: WireField,
  bytes: Uint8Array,
  type: ExplainType | undefined,
  s: Record<StringKey, string>,
): string {
  if (field.children && field.wireType === 2 && type !== 'string' && type !== 'bytes') {
    const packed =
      type === 'packed' || (type === undefined && field.children.every((c) => !c.children && c.path.endsWith(']')));
    return fmt(packed ? s.elementsCount : s.fieldsCount, { n: field.children.length });
  }
  const ex = explainField(field, bytes, type);
  if (!ex) return '?';
  let text: string;
  if (ex.interpretation) text = ex.interpretation.display;
  else if (ex.value.kind === 'varint') text = String(ex.value.unsigned);
  else if (ex.value.kind === 'len')
    text =
      ex.value.utf8 !== null ? JSON.stringify(ex.value.utf8) : `${ex.value.payload.end - ex.value.payload.start} B`;
  else text = `0x${ex.value.bigEndianHex}`;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function lastSegment(path: string): string {
  const cut = path.lastIndexOf('.');
  return cut >= 0 ? path.slice(cut + 1) : path;
}

export interface WireTreeProps {
  fields: WireField[];
  bytes: Uint8Array;
  typeOf: (path: string) => ExplainType | undefined;
  selected: string | null;
  hotPath: string | null;
  onSelect: (field: WireField) => void;
  onFocusPath: (path: string | null) => void;
  label: string;
  s: Record<StringKey, string>;
}

export function WireTree(props: WireTreeProps) {
  const { fields, bytes, typeOf, selected, hotPath, onSelect, onFocusPath, label, s } = props;
  let budget = TREE_LIMIT;
  let hidden = 0;
  const render = (list: WireField[]) => (
    <ul>
      {list.map((f) => {
        if (budget <= 0) {
          hidden++;
          return null;
        }
        budget--;
        const type = typeOf(f.path);
        const packedElement = !f.children && isPackedElement(f, bytes);
        return (
          <li key={`${f.path}@${f.start}`}>
            <button
              type="button"
              className={`protobuf-node${selected === f.path ? ' is-selected' : ''}${hotPath === f.path ? ' is-hot' : ''}`}
              aria-pressed={selected === f.path}
              onClick={() => onSelect(f)}
              onFocus={() => onFocusPath(f.path)}
              onBlur={() => onFocusPath(null)}
              onMouseEnter={() => onFocusPath(f.path)}
              onMouseLeave={() => onFocusPath(null)}
            >
              <span className="protobuf-node-num">{packedElement ? s.element : `#${f.fieldNumber}`}</span>{' '}
              {!lastSegment(f.path).startsWith('#') && (
                <span className="protobuf-node-name">{lastSegment(f.path)} </span>
              )}
              {!packedElement && <span className="protobuf-node-wt">{WIRE_TYPE_NAMES[f.wireType]}</span>}{' '}
              <span className="protobuf-node-value">{valueText(f, bytes, type, s)}</span>{' '}
              <span className="protobuf-node-range">{fmt(s.bytesRange, { start: f.start, end: f.end - 1 })}</span>
            </button>
            {f.children && f.children.length > 0 && render(f.children)}
          </li>
        );
      })}
    </ul>
  );
  const tree = render(fields);
  return (
    <div className="protobuf-tree" role="group" aria-label={label}>
      {tree}
      {hidden > 0 && <p className="protobuf-note">{fmt(s.treeTruncated, { n: hidden })}</p>}
    </div>
  );
}

/** A packed element has no tag: `fieldParts` finds none. */
function isPackedElement(f: WireField, bytes: Uint8Array): boolean {
  const ex = explainField(f, bytes);
  return ex !== null && ex.tag === undefined;
}
