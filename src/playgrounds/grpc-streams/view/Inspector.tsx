import { toHex } from '../model.ts';
import type { Step } from '../model.ts';
import { format } from '../strings.ts';
import type { STRINGS } from '../strings.ts';

type S = (typeof STRINGS)['en'];

/** One frame in detail: header fields in order, or the Length-Prefixed-Message bytes, or the RST_STREAM code. */
export function Inspector({ step, s }: { step: Step | undefined; s: S }) {
  if (!step) return <p className="grpc-streams-muted">{s.inspectorEmpty}</p>;
  const dir = step.dir === 'c2s' ? s.c2s : s.s2c;
  return (
    <div className="grpc-streams-inspect">
      <h4>{format(s.frameTitle, { n: step.index + 1, type: step.type, dir })}</h4>
      <p>
        <span className="grpc-streams-label">{s.flags}:</span>{' '}
        {step.flags.length ? step.flags.map((f) => <span key={f} className="grpc-streams-flag">{f}</span>) : s.noFlags}
      </p>
      {step.headerList && (
        <table className="grpc-streams-headers">
          <thead>
            <tr>
              <th scope="col">{s.headerName}</th>
              <th scope="col">{s.headerValue}</th>
            </tr>
          </thead>
          <tbody>
            {step.headerList.map(([name, value]) => (
              <tr key={name}>
                <td><code>{name}</code></td>
                <td><code>{value}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {step.type === 'DATA' && step.message && step.data && (
        <div className="grpc-streams-bytes">
          <p className="grpc-streams-label">{s.prefix}</p>
          <p className="grpc-streams-hex">
            <code className="grpc-streams-prefix-flag">{toHex(step.data.subarray(0, 1))}</code>{' '}
            <code className="grpc-streams-prefix-len">{toHex(step.data.subarray(1, 5))}</code>
          </p>
          <p className="grpc-streams-muted">
            {format(s.prefixFlag, { flag: step.data[0] ?? 0 })} · {format(s.prefixLength, { n: step.message.length })}
          </p>
          <p className="grpc-streams-label">{format(s.messageBytes, { n: step.message.length })}</p>
          <p className="grpc-streams-hex">
            <code>{toHex(step.message.bytes)}</code>
          </p>
          {step.decoded && (
            <p>
              <span className="grpc-streams-label">{format(s.decoded, { type: step.decoded.type })}:</span>{' '}
              <code>{step.decoded.json}</code>
            </p>
          )}
        </div>
      )}
      {step.type === 'DATA' && !step.message && <p>{s.emptyData}</p>}
      {step.type === 'RST_STREAM' && (
        <p>
          <span className="grpc-streams-label">{s.rstCode}:</span>{' '}
          <code>
            {step.rstCode} (0x{(step.rstCodeValue ?? 0).toString(16)})
          </code>
          . {s.rstMeaning}
        </p>
      )}
    </div>
  );
}
