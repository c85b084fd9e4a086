import { UsageError } from './cli-error.ts';

/** Runs node:util parseArgs and turns its errors (unknown flag, missing value) into one-line usage errors. */
export function parseFlags<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message =
      error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
    throw new UsageError(message.replace(/^Unknown option/, 'unknown option'));
  }
}
