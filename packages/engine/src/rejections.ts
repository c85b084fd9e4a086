/**
 * Rejections: the engine's "no". A rejection is a value with a stable code, the rule that said no,
 * and a sentence for people. Nothing is stored when a command is rejected.
 */
import type { CouncilEvent } from './events.ts';

export interface Rejection {
  readonly code: string;
  readonly ruleId: string;
  readonly message: string;
}

/** The engine's answer to a command: events to store, or a rejection. */
export type Decision<E = CouncilEvent> =
  | { readonly ok: true; readonly events: readonly E[] }
  | { readonly ok: false; readonly rejection: Rejection };

/** Builds a rejection. */
export function reject(
  code: string,
  ruleId: string,
  message: string,
): { ok: false; rejection: Rejection } {
  return { ok: false, rejection: { code, ruleId, message } };
}

/** Builds an accepted decision. */
export function accept<E>(...events: E[]): { ok: true; events: E[] } {
  return { ok: true, events };
}
