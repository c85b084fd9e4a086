/**
 * Hands a session's draft to the documents page for a UN-format PDF. The hand-off goes through
 * sessionStorage (same tab), so long texts never travel in the URL.
 */
import type { CouncilState, VoteResult } from '@council/engine';
import { memberName } from './selectors.ts';

export interface ExportedDraft {
  symbol: string;
  title: string;
  date: string;
  sponsors: string;
  preambular: string;
  operative: string;
  result?: VoteResult;
  history: string[];
}

const KEY = 'council.draft-export';

type Draft = CouncilState['drafts'][string];

/** Builds the export of a draft from the session state (the vote result is the engine's own). */
export function exportDraft(state: CouncilState, draft: Draft): ExportedDraft {
  const nameOf = (code: string) => memberName(state, code);
  const history: string[] = [
    `${draft.submittedAt.slice(0, 16).replace('T', ' ')} — circulated by ${draft.penholders.map(nameOf).join(', ')}`,
  ];
  const cosponsors = draft.sponsors.filter((s) => !draft.penholders.includes(s));
  if (cosponsors.length) history.push(`co-sponsored by ${cosponsors.map(nameOf).join(', ')}`);
  if (draft.revision > 0) history.push(`revised ${draft.revision} time(s)`);
  for (const s of draft.silences) {
    history.push(
      `under silence until ${s.deadline.slice(0, 16).replace('T', ' ')}${s.brokenBy.length ? `; broken by ${s.brokenBy.map((b) => nameOf(b.member)).join(', ')}` : s.outcome === 'agreed' ? '; no objection' : ''}`,
    );
  }
  for (const id of draft.amendments) {
    const a = state.amendments[id];
    if (a) history.push(`amendment by ${nameOf(a.proposedBy)}: ${a.status}`);
  }
  history.push(`status: ${draft.status.replace(/_/g, ' ')}`);
  return {
    symbol: draft.symbol ?? draft.id,
    title: draft.title,
    date: (draft.decidedAt ?? state.session?.body.date ?? draft.submittedAt).slice(0, 10),
    sponsors: [...new Set([...draft.penholders, ...draft.sponsors])].map(nameOf).join(', '),
    preambular: (draft.text?.preambular ?? []).join('\n'),
    operative: (draft.text?.operative ?? []).join('\n'),
    ...(draft.result ? { result: draft.result } : {}),
    history,
  };
}

export function stashExport(doc: ExportedDraft): void {
  sessionStorage.setItem(KEY, JSON.stringify(doc));
}

export function takeExport(): ExportedDraft | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as ExportedDraft;
  } catch {
    return undefined;
  }
}
