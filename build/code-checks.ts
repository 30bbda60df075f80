import { spawnSync } from 'node:child_process';
import protobuf from 'protobufjs';
import { parseAllDocuments } from 'yaml';

/** Whether gofmt is on this machine (Debian: apt-get install golang-go). */
export const hasGofmt = !spawnSync('gofmt', ['-h']).error;

/**
 * Checks one fenced block in a language we can parse: Go with gofmt (reading stdin it accepts a whole
 * file or a fragment of declarations or statements), protobuf with protobufjs, YAML with yaml.
 * Returns the problem, or undefined when the block parses (or its language has no checker).
 */
export function checkCode(lang: string, value: string): string | undefined {
  if (lang === 'go' && hasGofmt) {
    const result = spawnSync('gofmt', ['-e'], { input: value, encoding: 'utf8' });
    return result.status === 0 ? undefined : result.stderr.trim() || `gofmt exited ${result.status}`;
  }
  if (lang === 'protobuf') {
    try {
      protobuf.parse(value, { keepCase: true });
      return undefined;
    } catch (error) {
      return String((error as Error).message);
    }
  }
  if (lang === 'yaml') {
    const errors = parseAllDocuments(value).flatMap((doc) => ('errors' in doc ? doc.errors.map((e) => e.message) : []));
    return errors.length ? errors.join('; ') : undefined;
  }
  return undefined;
}
