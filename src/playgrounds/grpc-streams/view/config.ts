/** The view's persisted settings: what `usePlaygroundState` keeps in `#s=` and localStorage. */
import { parseInterleave, parseKind, parseOutcome } from '../model.ts';
import type { CallInput, CallKind, Interleave, Outcome } from '../model.ts';

export interface Config {
  kind: CallKind;
  requests: number;
  responses: number;
  interleave: Interleave;
  k: number;
  outcome: Outcome;
  timeoutMs: number;
  speed: number;
}

/** The counts the form offers (the model accepts up to 200). */
export const UI_MAX_MESSAGES = 20;
export const UI_MAX_TIMEOUT = 60_000;
export const SPEEDS = [0.5, 1, 2, 4] as const;

export function initialConfig(preset: string | undefined): Config {
  const kind = parseKind(preset) ?? 'unary';
  return {
    kind,
    requests: kind === 'client-streaming' || kind === 'bidi' ? 3 : 1,
    responses: kind === 'server-streaming' || kind === 'bidi' ? 3 : 1,
    interleave: 'ping-pong',
    k: 2,
    outcome: 'ok',
    timeoutMs: 500,
    speed: 1,
  };
}

const int = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;

/** Validates saved or shared state; undefined for anything that is not a whole, valid config. */
export function parseConfig(raw: unknown): Config | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const kind = parseKind(r.kind);
  const outcome = parseOutcome(r.outcome);
  const interleave = parseInterleave(r.interleave);
  const requests = int(r.requests, 0, UI_MAX_MESSAGES);
  const responses = int(r.responses, 0, UI_MAX_MESSAGES);
  const k = int(r.k, 1, UI_MAX_MESSAGES);
  const timeoutMs = int(r.timeoutMs, 1, UI_MAX_TIMEOUT);
  const speed = SPEEDS.find((s) => s === r.speed);
  if (!kind || !outcome || !interleave || requests === undefined || responses === undefined) return undefined;
  if (k === undefined || timeoutMs === undefined || speed === undefined) return undefined;
  return { kind, requests, responses, interleave, k, outcome, timeoutMs, speed };
}

/** The model's input for a config: the deadline is sent only when the outcome is about it. */
export function callInput(c: Config): CallInput {
  const input: CallInput = {
    kind: c.kind,
    requests: c.requests,
    responses: c.responses,
    interleave: c.interleave,
    k: Math.min(c.k, Math.max(1, c.requests)),
    outcome: c.outcome,
  };
  if (c.outcome === 'deadline') input.timeoutMs = c.timeoutMs;
  return input;
}
