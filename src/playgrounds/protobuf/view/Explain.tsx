import type { ExplainType, VarintExplanation, WireField } from '../model.ts';
import { explainField } from '../model.ts';
import { hex2 } from './bytemap.ts';
import { fmt, type StringKey } from '../strings.ts';

type S = Record<StringKey, string>;

const bits = (b: number) => b.toString(2).padStart(8, '0');

function VarintTable({ v, s }: { v: VarintExplanation; s: S }) {
  const terms = v.groups.map((g) => (g.shift === 0 ? String(g.payload) : `${g.payload}×2^${g.shift}`));
  return (
    <>
      <div className="protobuf-scroll">
        <table className="protobuf-table protobuf-varint">
          <thead>
            <tr>
              <th scope="col">{s.colByte}</th>
              <th scope="col">{s.colBits}</th>
              <th scope="col">{s.colMore}</th>
              <th scope="col">{s.colPayload}</th>
              <th scope="col">{s.colWorth}</th>
            </tr>
          </thead>
          <tbody>
            {v.groups.map((g) => (
              <tr key={g.offset}>
                <td className="protobuf-mono">{hex2(g.byte)}</td>
                <td className="protobuf-mono">
                  <strong>{bits(g.byte)[0]}</strong> | {bits(g.byte).slice(1)}
                </td>
                <td>{g.continuation ? s.yes : s.no}</td>
                <td className="protobuf-mono">{g.payload}</td>
                <td className="protobuf-mono">{g.shift === 0 ? g.payload : `${g.payload} << ${g.shift}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="protobuf-mono">{fmt(s.varintSum, { sum: terms.join(' + '), value: v.value })}</p>
    </>
  );
}

/** One record worked out: tag arithmetic, varint groups, length prefix, fixed-width bytes, and what the type makes of them. */
export function Explain({
  field,
  bytes,
  type,
  s,
}: {
  field: WireField;
  bytes: Uint8Array;
  type: ExplainType | undefined;
  s: S;
}) {
  const ex = explainField(field, bytes, type);
  const title = fmt(s.explainFor, { path: field.path, start: field.start, end: field.end - 1 });
  if (!ex) {
    return (
      <div>
        <h4>{title}</h4>
        <p>{s.explainNone}</p>
      </div>
    );
  }
  const wtMeaning = { VARINT: s.wtVARINT, I64: s.wtI64, LEN: s.wtLEN, I32: s.wtI32 };
  const it = ex.interpretation;
  return (
    <div className="protobuf-explain-body">
      <h4>{title}</h4>
      <p className="protobuf-mono protobuf-scroll">
        {Array.from(bytes.subarray(field.start, field.end), (b, i) => {
          const at = field.start + i;
          const part =
            ex.parts.tag && at < ex.parts.tag.end
              ? 'tag'
              : ex.parts.length && at >= ex.parts.length.start && at < ex.parts.length.end
                ? 'len'
                : 'value';
          return (
            <span key={at} className={`protobuf-byte protobuf-c0 protobuf-part-${part}`}>
              {hex2(b)}
            </span>
          );
        })}
      </p>
      {ex.tag ? (
        <section>
          <h5>{s.tagTitle}</h5>
          <p className="protobuf-mono">
            {fmt(s.tagFormula, {
              field: ex.tag.fieldNumber,
              wt: ex.tag.wireType,
              shifted: ex.tag.shifted,
              tag: ex.tag.tag,
            })}{' '}
            = 0x
            {ex.tag.tag.toString(16)}
          </p>
          <p>
            {fmt(s.tagWireType, {
              wt: ex.tag.wireType,
              name: ex.tag.wireTypeName,
              meaning: wtMeaning[ex.tag.wireTypeName],
            })}
          </p>
          {ex.tag.varint.groups.length > 1 && (
            <>
              <p>{fmt(s.tagTwoBytes, { tag: ex.tag.tag, n: ex.tag.varint.groups.length })}</p>
              <VarintTable v={ex.tag.varint} s={s} />
            </>
          )}
        </section>
      ) : (
        <p>{s.elementNoTag}</p>
      )}
      {ex.value.kind === 'varint' && (
        <section>
          <h5>{s.varintTitle}</h5>
          <p>{s.varintHelp}</p>
          <VarintTable v={ex.value.varint} s={s} />
        </section>
      )}
      {ex.value.kind === 'len' && (
        <section>
          <h5>{s.lenTitle}</h5>
          <p>
            {fmt(s.lenHelp, {
              len: ex.value.length.value,
              start: ex.value.payload.start,
              end: ex.value.payload.end - 1,
            })}
          </p>
          {it?.type === 'packed' && <p>{fmt(s.packedHelp, { n: it.elementCount })}</p>}
          {ex.value.utf8 !== null && it?.type !== 'message' && it?.type !== 'packed' && ex.value.utf8.length > 0 && (
            <p className="protobuf-scroll">{fmt(s.lenText, { text: JSON.stringify(ex.value.utf8.slice(0, 200)) })}</p>
          )}
        </section>
      )}
      {(ex.value.kind === 'i32' || ex.value.kind === 'i64') && (
        <section>
          <h5>{s.fixedTitle}</h5>
          <p className="protobuf-mono">
            {fmt(s.fixedHelp, {
              wire: ex.value.bytes.map(hex2).join(' '),
              be: ex.value.bigEndianHex,
              unsigned: ex.value.unsigned,
            })}
          </p>
        </section>
      )}
      {it && it.type !== 'packed' && (
        <section>
          <h5>{s.meaningTitle}</h5>
          <p className="protobuf-mono protobuf-scroll">
            {fmt(s.meaningAs, { type: it.type, display: it.display.slice(0, 300) })}
          </p>
          {(it.type === 'int32' || it.type === 'int64') && it.negative && (
            <p>{fmt(s.negativeInt, { type: it.type, unsigned: it.unsigned64 })}</p>
          )}
          {(it.type === 'sint32' || it.type === 'sint64') && (
            <p>{fmt(s.zigzag, { encoded: it.zigzagEncoded, decoded: it.decoded })}</p>
          )}
        </section>
      )}
    </div>
  );
}
