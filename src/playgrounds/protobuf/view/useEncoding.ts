import { useEffect, useMemo, useRef, useState } from 'react';
import { encodeDetailed } from '../model.ts';
import type { EncodeDetails, EncodedForms, EncodeRequest, InputError } from '../model.ts';
import type { WorkerRequest, WorkerResponse } from '../encode.worker.ts';

export type EncodedOk = Extract<EncodeDetails, { ok: true }>;

/** Inputs up to this many characters are encoded during render; larger ones in a Web Worker. */
export const SYNC_LIMIT = 64 * 1024;

export interface Encoding {
  /** The result on screen: the current one, or the last good one while the input is bad or being worked on. */
  shown: EncodedOk | null;
  /** The error of the current input, if it has one. */
  error: InputError | null;
  /** `shown` belongs to an earlier input. */
  stale: boolean;
  /** A large input is being encoded in the background. */
  working: boolean;
  /** Whether the input is large (encoded off the main thread; extra panels hold back). */
  big: boolean;
  /** For large inputs, the other encodings' bytes, computed by the worker too. */
  forms: EncodedForms | null;
}

interface AsyncResult {
  req: EncodeRequest;
  details: EncodeDetails;
  forms: EncodedForms | null;
}

/**
 * Encodes on every edit. Small inputs are encoded synchronously, so the prerendered HTML already
 * holds the bytes and a keystroke updates the output in the same frame; large ones go to a worker
 * (the page never freezes) while the last result stays on screen, marked as being updated.
 */
export function useEncoding(req: EncodeRequest): Encoding {
  const big = req.schema.length + req.json.length > SYNC_LIMIT;
  const sync = useMemo(() => (big ? null : encodeDetailed(req)), [big, req]);
  const [async, setAsync] = useState<AsyncResult | null>(null);
  const worker = useRef<{ worker: Worker; busy: boolean } | null>(null);
  const nextId = useRef(0);

  useEffect(() => {
    if (!big) return;
    const timer = window.setTimeout(() => {
      const id = ++nextId.current;
      const done = (details: EncodeDetails, forms: EncodedForms | null) => {
        if (id === nextId.current) setAsync({ req, details, forms });
      };
      if (typeof Worker === 'undefined') {
        done(encodeDetailed(req), null);
        return;
      }
      // A worker still busy with an older input is dropped rather than queued behind.
      if (worker.current?.busy) {
        worker.current.worker.terminate();
        worker.current = null;
      }
      if (!worker.current) {
        const w = new Worker(new URL('../encode.worker.ts', import.meta.url), { type: 'module' });
        worker.current = { worker: w, busy: false };
      }
      const slot = worker.current;
      slot.busy = true;
      slot.worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
        slot.busy = false;
        if (e.data.id === nextId.current) done(e.data.details, e.data.forms);
      };
      slot.worker.onerror = () => {
        slot.busy = false;
        done({ ok: false, error: { source: 'json', message: 'the background encoder failed' } }, null);
      };
      const message: WorkerRequest = { id, req };
      slot.worker.postMessage(message);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [big, req]);

  useEffect(
    () => () => {
      worker.current?.worker.terminate();
      worker.current = null;
    },
    [],
  );

  const current: EncodeDetails | null = big ? (async && async.req === req ? async.details : null) : sync;
  const [lastGood, setLastGood] = useState<EncodedOk | null>(current?.ok ? current : null);
  // Remember the newest good result (React's "adjust state while rendering" pattern: no extra effect pass).
  if (current?.ok && current !== lastGood) setLastGood(current);
  const shown = current?.ok ? current : lastGood;
  return {
    shown,
    error: current && !current.ok ? current.error : null,
    stale: shown !== null && shown !== current,
    working: big && current === null,
    big,
    forms: big && async?.req === req ? async.forms : null,
  };
}
