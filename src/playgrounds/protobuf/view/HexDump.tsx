import { memo } from 'react';
import type { ByteMap } from './bytemap.ts';
import { HEX_LIMIT, hex2 } from './bytemap.ts';
import { fmt, type StringKey } from '../strings.ts';

const ROW = 16;
const COLOURS = 8;

interface Range {
  start: number;
  end: number;
}

interface RowProps {
  offset: number;
  bytes: Uint8Array;
  map: ByteMap;
  /** The highlighted range clipped to this row (so rows it does not touch skip re-rendering). */
  hotStart: number;
  hotEnd: number;
}

const Row = memo(function Row({ offset, bytes, map, hotStart, hotEnd }: RowProps) {
  const end = Math.min(offset + ROW, bytes.length, map.owner.length);
  const cells = [];
  for (let i = offset; i < end; i++) {
    const top = map.top[i]!;
    const cls = [
      'protobuf-byte',
      top >= 0 ? `protobuf-c${top % COLOURS}` : 'protobuf-c-none',
      `protobuf-part-${map.part[i]}`,
      i >= hotStart && i < hotEnd ? 'is-hot' : '',
    ].join(' ');
    cells.push(
      <span key={i} className={cls} data-i={i}>
        {hex2(bytes[i]!)}
      </span>,
    );
  }
  return (
    <div className="protobuf-hex-row">
      <span className="protobuf-hex-offset" aria-hidden="true">
        {offset.toString(16).padStart(4, '0')}
      </span>
      <span className="protobuf-hex-bytes">{cells}</span>
    </div>
  );
});

export function HexDump(props: {
  bytes: Uint8Array;
  map: ByteMap;
  hot: Range | null;
  onHoverByte: (index: number | null) => void;
  s: Record<StringKey, string>;
}) {
  const { bytes, map, hot, onHoverByte, s } = props;
  const shown = Math.min(bytes.length, HEX_LIMIT);
  const rows = [];
  for (let offset = 0; offset < shown; offset += ROW) {
    const hotStart = hot ? Math.max(hot.start, offset) : 0;
    const hotEnd = hot ? Math.min(hot.end, offset + ROW) : 0;
    rows.push(
      <Row
        key={offset}
        offset={offset}
        bytes={bytes}
        map={map}
        hotStart={hotEnd > hotStart ? hotStart : 0}
        hotEnd={hotEnd > hotStart ? hotEnd : 0}
      />,
    );
  }
  const indexOf = (target: EventTarget) => {
    const i = (target as HTMLElement).dataset?.i;
    return i === undefined ? null : Number(i);
  };
  return (
    <div>
      {bytes.length === 0 ? (
        <p className="protobuf-note">{s.emptyMessage}</p>
      ) : (
        <div
          className="protobuf-hex"
          role="group"
          aria-label={fmt(s.hexLabel, { n: bytes.length })}
          onMouseOver={(e) => onHoverByte(indexOf(e.target))}
          onMouseLeave={() => onHoverByte(null)}
        >
          {rows}
        </div>
      )}
      {bytes.length > shown && <p className="protobuf-note">{fmt(s.hexTruncated, { shown, total: bytes.length })}</p>}
      <p className="protobuf-legend">
        <span className="protobuf-byte protobuf-c0 protobuf-part-tag">08</span> {s.legendTag}{' '}
        <span className="protobuf-byte protobuf-c0 protobuf-part-len">03</span> {s.legendLen}{' '}
        <span className="protobuf-byte protobuf-c0 protobuf-part-value">96</span> {s.legendValue}
        <span className="protobuf-legend-help">{s.legendHelp}</span>
      </p>
    </div>
  );
}
