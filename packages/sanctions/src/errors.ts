/** Bad list input: names the file, the line when known, and the reason. */
export class SanctionsInputError extends Error {
  override readonly name = 'SanctionsInputError';
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}
