/**
 * The server's one error type and the one table from error code to HTTP status. Every failure leaves the
 * server as JSON `{ code, message }` (plus `ruleId` for the engine's rejections).
 */
import { ConcurrencyError } from './storage/event-store.ts';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly ruleId: string | undefined;
  constructor(status: number, code: string, message: string, ruleId?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.ruleId = ruleId;
  }
  toJSON(): { code: string; message: string; ruleId?: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.ruleId === undefined ? {} : { ruleId: this.ruleId }),
    };
  }
}

/** Engine rejection codes that mean "not yours to do" rather than "not now". */
const PERMISSION_CODES = new Set(['chair_only', 'not_your_delegation', 'not_allowed']);

/** The HTTP status for an engine rejection: 403 for permission, 409 for the state of the session. */
export function rejectionStatus(code: string): number {
  return PERMISSION_CODES.has(code) ? 403 : 409;
}

/** Normalises anything thrown into an ApiError (unknown errors become 500 without leaking internals). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ConcurrencyError) {
    return new ApiError(
      409,
      'concurrency_conflict',
      'The session changed too often while this command was decided; retry it.',
    );
  }
  return new ApiError(500, 'internal_error', 'The server failed to handle this request.');
}
