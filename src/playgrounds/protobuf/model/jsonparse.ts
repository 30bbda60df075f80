/**
 * A strict JSON (RFC 8259) parser that keeps what `JSON.parse` throws away: where every key and
 * value sits in the text (for error positions and hover linking), and the exact text of numbers
 * (an int64 such as 9007199254740993 must not be rounded to a double before we see it).
 */

export type JsonNode =
  | { kind: 'object'; start: number; end: number; members: JsonMember[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; text: string }
  | { kind: 'bool'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number };

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export type JsonParseResult = { ok: true; node: JsonNode } | { ok: false; message: string; offset: number };

/** Deep enough for any real message, shallow enough that recursion cannot overflow the stack. */
export const MAX_JSON_DEPTH = 200;

class JsonSyntaxError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJson(text: string): JsonParseResult {
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number): string => (at >= text.length ? 'end of input' : `${JSON.stringify(text[at])}`);
  const ws = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };

  const str = (): string => {
    const start = pos;
    pos++; // opening quote
    let out = '';
    let chunk = pos;
    while (true) {
      if (pos >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c < 0x20) fail('control character in string (escape it)');
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1];
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = text.slice(pos + 2, pos + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape');
            out += String.fromCharCode(parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            fail('invalid escape');
        }
        pos += 2;
        chunk = pos;
        continue;
      }
      pos++;
    }
  };

  const value = (depth: number): JsonNode => {
    if (depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH}`);
    ws();
    const start = pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const members: JsonMember[] = [];
      ws();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', start, end: pos, members };
      }
      while (true) {
        ws();
        if (text[pos] !== '"') fail(`expected a quoted key, found ${describe(pos)}`);
        const keyStart = pos;
        const key = str();
        const keyEnd = pos;
        ws();
        if (text[pos] !== ':') fail(`expected ':' after the key, found ${describe(pos)}`);
        pos++;
        members.push({ key, keyStart, keyEnd, value: value(depth + 1) });
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return { kind: 'object', start, end: pos, members };
        }
        fail(`expected ',' or '}', found ${describe(pos)}`);
      }
    }
    if (c === '[') {
      pos++;
      const items: JsonNode[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', start, end: pos, items };
      }
      while (true) {
        items.push(value(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return { kind: 'array', start, end: pos, items };
        }
        fail(`expected ',' or ']', found ${describe(pos)}`);
      }
    }
    if (c === '"') {
      const v = str();
      return { kind: 'string', start, end: pos, value: v };
    }
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (!m) fail('invalid number');
      pos += m![0].length;
      if (pos < text.length && /[0-9.eE+-]/.test(text[pos]!)) fail('invalid number');
      return { kind: 'number', start, end: pos, text: m![0] };
    }
    for (const [word, node] of [
      ['true', { kind: 'bool', value: true }],
      ['false', { kind: 'bool', value: false }],
      ['null', { kind: 'null' }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return { ...node, start, end: pos } as JsonNode;
      }
    }
    if (pos >= text.length) return fail('unexpected end of input, expected a value');
    return fail(`unexpected ${describe(pos)}, expected a value`);
  };

  try {
    const node = value(0);
    ws();
    if (pos < text.length) fail(`unexpected ${describe(pos)} after the value`);
    return { ok: true, node };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/** Strict decimal number grammar of JSON, reused for numbers quoted in strings. */
export function isJsonNumber(text: string): boolean {
  NUMBER.lastIndex = 0;
  const m = NUMBER.exec(text);
  return m !== null && m[0].length === text.length;
}
