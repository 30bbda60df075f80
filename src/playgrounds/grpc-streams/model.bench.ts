/**
 * `npx vitest bench --run src/playgrounds/grpc-streams`: generating a 100-message bidi call (100
 * requests, 100 responses → ~200 DATA frames, each message encoded by the protobuf playground's model).
 */
import { bench, describe } from 'vitest';
import { simulateCall } from './model.ts';

describe('bidi call, 100 requests and 100 responses', () => {
  bench('simulateCall ping-pong', () => {
    simulateCall({ kind: 'bidi', requests: 100, responses: 100, interleave: 'ping-pong' });
  });
  bench('simulateCall every-k (k=3), deadline', () => {
    simulateCall({ kind: 'bidi', requests: 100, responses: 100, interleave: 'every-k', k: 3, outcome: 'deadline' });
  });
});

describe('unary call', () => {
  bench('simulateCall unary OK', () => {
    simulateCall({ kind: 'unary' });
  });
});
