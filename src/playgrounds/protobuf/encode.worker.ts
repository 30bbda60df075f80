/**
 * Encodes off the main thread, so a large message (a 1 MB JSON) never freezes the page. Requests
 * carry an id; the view ignores answers to requests it has since replaced. Answers for large
 * messages hold only the records the page shows (`trimmed`).
 */
import { encodeDetailed, encodeForms, flattenFields } from './model.ts';
import type { EncodeDetails, EncodedForms, EncodeRequest, WireField } from './model.ts';
import { HEX_LIMIT } from './view/bytemap.ts';

export interface WorkerRequest {
  id: number;
  req: EncodeRequest;
}

export interface WorkerResponse {
  id: number;
  details: EncodeDetails;
  forms: EncodedForms | null;
}

// The DOM lib types `self` as a Window; inside a dedicated worker it is this much.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};

/**
 * Keeps the records the page can show (those starting in the first `HEX_LIMIT` bytes) and their JSON
 * spans: copying 150,000 records back to the main thread would cost it the time the worker saved.
 */
function trimmed(details: EncodeDetails): EncodeDetails {
  if (!details.ok || details.bytes.length <= HEX_LIMIT) return details;
  const trim = (list: WireField[]): WireField[] =>
    list.filter((f) => f.start < HEX_LIMIT).map((f) => (f.children ? { ...f, children: trim(f.children) } : f));
  const fields = trim(details.fields);
  const kept = new Set(flattenFields(fields).map((f) => f.path));
  const all = new Set(flattenFields(details.fields).map((f) => f.path));
  const jsonSpans = details.jsonSpans.filter((s) => kept.has(s.path) || !all.has(s.path));
  return { ...details, fields, jsonSpans };
}

scope.onmessage = (e) => {
  const { id, req } = e.data;
  const details = trimmed(encodeDetailed(req));
  const forms = details.ok ? encodeForms(req) : null;
  const response: WorkerResponse = { id, details, forms };
  scope.postMessage(response);
};
