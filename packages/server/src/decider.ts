/**
 * What the server needs from a domain: the engine's decide/evolve pair over plain JSON. The server is written
 * against this shape only, so its tests can drive it with any decider and production uses the Council engine.
 */

export type ActorRole = 'chair' | 'delegation' | 'observer';

/** Who sends a command, stamped by the server from the caller's secret link, never taken from the body. */
export type Actor =
  | { readonly role: 'chair' }
  | { readonly role: 'delegation'; readonly member: string }
  | { readonly role: 'observer' };

export interface CommandMeta {
  readonly at: string;
  readonly commandId: string;
  readonly actor: Actor;
}

export interface Rejection {
  readonly code: string;
  readonly ruleId: string;
  readonly message: string;
}

export type Decision<E> =
  | { readonly ok: true; readonly events: readonly E[] }
  | { readonly ok: false; readonly rejection: Rejection };

export interface Decider<
  S = unknown,
  C extends { type: string } = { type: string; meta: CommandMeta },
  E = unknown,
> {
  initialState(): S;
  decide(state: S, command: C): Decision<E>;
  evolve(state: S, event: E): S;
}

/** A decider over untyped JSON: how the service holds whichever domain it was given. */
export type AnyDecider = Decider<unknown, { type: string; meta: CommandMeta }, unknown>;
