import { useEffect, useState } from 'react';
import { encodeForms } from '../model.ts';
import type { EncodedForms, EncodeRequest } from '../model.ts';
import type { EncodedOk } from './useEncoding.ts';
import { fmt, type StringKey } from '../strings.ts';

type S = Record<StringKey, string>;
type Gzip = { protobuf: number; json: number; msgpack: number | null; bson: number | null };

/** Gzip with the browser's CompressionStream; null where it is missing. */
async function gzipSize(bytes: Uint8Array): Promise<number | null> {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

/** The four encodings raw and gzipped, as a table and a bar chart, then bytes per top-level field. */
export function Sizes({
  shown,
  req,
  forms,
  s,
}: {
  shown: EncodedOk;
  req: EncodeRequest;
  forms: EncodedForms | null;
  s: S;
}) {
  const [gzip, setGzip] = useState<{ for: EncodedOk; sizes: Gzip } | null>(null);

  useEffect(() => {
    let cancelled = false;
    // The forms are recomputed here, after paint, rather than on every render.
    const f = forms ?? encodeForms(req);
    if (!f.ok) return;
    const size = (b: Uint8Array | null) => (b ? gzipSize(b) : Promise.resolve(null));
    void Promise.all([gzipSize(shown.bytes), gzipSize(f.json), size(f.msgpack), size(f.bson)])
      .then(([protobuf, json, msgpack, bson]) => {
        if (cancelled || protobuf === null || json === null) return;
        setGzip({ for: shown, sizes: { protobuf, json, msgpack, bson } });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // `req` and `forms` belong to `shown`: it changes whenever they produce a new result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  const z = gzip?.for === shown ? gzip.sizes : null;
  const rows: { id: string; name: string; raw: number; gz: number | null | undefined }[] = [
    { id: 'protobuf', name: 'protobuf', raw: shown.sizes.protobuf, gz: z?.protobuf },
    { id: 'json', name: s.minJson, raw: shown.sizes.json, gz: z?.json },
    { id: 'msgpack', name: 'MessagePack', raw: shown.sizes.msgpack, gz: z?.msgpack },
    { id: 'bson', name: 'BSON', raw: shown.sizes.bson, gz: z?.bson },
  ];
  const max = Math.max(1, ...rows.map((r) => Math.max(r.raw, r.gz ?? 0)));
  const num = (n: number | null | undefined) =>
    n === undefined ? s.gzipPending : n === null || n < 0 ? s.notRepresentable : String(n);
  // The longest bar takes 70% of the row, leaving room for its label.
  const pct = (n: number | null | undefined) => `${n && n > 0 ? Math.max(0.5, (70 * n) / max) : 0}%`;

  return (
    <>
      <div className="protobuf-sizes">
        <div className="protobuf-scroll">
          <table className="protobuf-table">
            <caption>{s.sizesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.format}</th>
                <th scope="col">{s.raw}</th>
                <th scope="col">{s.gzip}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td className="protobuf-num">{num(r.raw)}</td>
                  <td className="protobuf-num">{num(r.gz)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="protobuf-bars" aria-hidden="true">
          {rows.map((r) => (
            <div key={r.id} className={`protobuf-bar-row protobuf-bar-${r.id}`}>
              <span className="protobuf-bar-name">{r.name}</span>
              <div className="protobuf-bar-track">
                <div className="protobuf-bar" style={{ width: pct(r.raw) }} />
                <span className="protobuf-bar-label">
                  {s.raw} {num(r.raw)}
                </span>
              </div>
              <div className="protobuf-bar-track">
                <div className="protobuf-bar protobuf-bar-gz" style={{ width: pct(r.gz) }} />
                <span className="protobuf-bar-label">
                  {s.gzip} {num(r.gz)}
                </span>
              </div>
            </div>
          ))}
        </div>
      </div>
      <h4>{s.perFieldHeading}</h4>
      {shown.perField.length === 0 ? (
        <p className="protobuf-note">{s.perFieldEmpty}</p>
      ) : (
        <div className="protobuf-scroll">
          <table className="protobuf-table">
            <caption>{s.perFieldCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.colField}</th>
                <th scope="col">{s.colJson}</th>
                <th scope="col">{s.colProto}</th>
                <th scope="col">{s.colSaved}</th>
              </tr>
            </thead>
            <tbody>
              {shown.perField.slice(0, 200).map((f) => (
                <tr key={f.fieldNumber}>
                  <th scope="row">
                    {f.name} <span className="protobuf-soft">#{f.fieldNumber}</span>
                  </th>
                  <td className="protobuf-num">
                    {f.json.total}{' '}
                    <span className="protobuf-soft">
                      ({f.json.key} + {f.json.value})
                    </span>
                  </td>
                  <td className="protobuf-num">
                    {f.protobuf.total}{' '}
                    <span className="protobuf-soft">
                      ({f.protobuf.tags} + {f.protobuf.lengths} + {f.protobuf.values})
                    </span>
                  </td>
                  <td className="protobuf-num">{fmt('{n}', { n: f.json.total - f.protobuf.total })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
