/** An authoring mistake, reported as `file:line:column message` so an editor can jump to it. */
export class LessonError extends Error {
  constructor(file: string, line: number | undefined, message: string, column?: number) {
    const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
    super(`${where}: ${message}`);
    this.name = 'LessonError';
  }
}
