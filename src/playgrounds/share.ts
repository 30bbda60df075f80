import LZString from 'lz-string';

// lz-string is CommonJS: Node (the prerenderer) can't take named imports from it, only the default.
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

/**
 * A playground's state in a URL fragment: `#s=` + lz-string of its JSON. Pure, so links can be tested
 * without a browser. Decoding never throws: a damaged link is an error value, and the playground keeps
 * its defaults.
 */
export function encodeShareHash(state: unknown): string {
  return `#s=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

export type ShareDecode = { ok: true; state: unknown } | { ok: false; reason: 'absent' | 'damaged' };

export function decodeShareHash(hash: string): ShareDecode {
  const match = /(?:^#|&)s=([^&]*)/.exec(hash);
  if (!match) return { ok: false, reason: 'absent' };
  try {
    const text = decompressFromEncodedURIComponent(match[1]!);
    if (!text) return { ok: false, reason: 'damaged' };
    return { ok: true, state: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
