import { SpeakerClock } from '../../components/SpeakerClock.tsx';
import { StateSelect } from '../../components/StateSelect.tsx';
import { useEffect, useState } from 'react';
import type { Choice } from '@council/engine';
import { useI18n } from '../../i18n/index.tsx';
import { absoluteHref } from '../../router.ts';
import { issueLink } from '../../net/council-api.ts';
import { useSession, type SessionCommand } from '../../state/use-session.ts';
import {
  currentVote,
  members,
  openMeeting,
  runningSilence,
  textOnTable,
} from '../../state/selectors.ts';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { VoteCalculator } from '../../components/VoteCalculator.tsx';
import { LiveChamber, LiveTally, TextOnTable } from './SessionParts.tsx';
import { shortId } from './ids.ts';
import { ChairCommitteePanel } from './CommitteePanel.tsx';
import { eventLine } from '../../format/event-line.ts';
import { longDate } from '../../state/new-york-date.ts';

type Links = Record<string, string>;

function linksStorageKey(sessionId: string) {
  return `council.links.${sessionId}`;
}

/** The chair's console: hand out links, open the meeting, table texts, run silence and votes. */
export function ChairConsole({ sessionId, chairKey }: { sessionId: string; chairKey: string }) {
  const { t, lang } = useI18n();
  const session = useSession(sessionId, chairKey, 'chair');
  const { state, act } = session;
  const meeting = openMeeting(state);
  const draft = textOnTable(state);
  const vote = currentVote(state);
  const silence = runningSilence(draft);
  const body = state.session?.body;

  const [topic, setTopic] = useState('Non-proliferation / Democratic People’s Republic of Korea');
  const [symbol, setSymbol] = useState('S/2022/431');
  const [title, setTitle] = useState('Non-proliferation: Democratic People’s Republic of Korea');
  const [penholder, setPenholder] = useState('USA');
  const [preamble, setPreamble] = useState('Recalling its previous relevant resolutions,');
  const [operative, setOperative] = useState('Decides to remain seized of the matter.');
  const [minutes, setMinutes] = useState(10);
  const [hands, setHands] = useState<Record<string, Choice>>({});
  const [showHands, setShowHands] = useState(false);

  const command = (c: SessionCommand) => act(c);
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);

  return (
    <div className="chair-console">
      <h1>
        {t('live.chairConsole')} — {state.session?.title ?? t('live.session', { id: sessionId })}
      </h1>
      <ConnectionBanner connection={session.connection} pending={session.pending.length} />
      {session.rejections.slice(-3).map((r) => (
        <p key={r.key} role="alert" className="error">
          {t('live.rejected', { message: r.message })}
        </p>
      ))}
      {body && (
        <p>
          {t('chamber.summary', {
            size: body.members.length,
            date: longDate(body.date, lang),
            president:
              members(state).find((m) => m.code === body.president)?.name ?? body.president,
          })}
        </p>
      )}
      <div className="chair-grid">
        <div>
          <section aria-labelledby="meeting-h">
            <h2 id="meeting-h">
              {meeting ? `${t('live.meetingOpen')}: ${meeting.topic}` : t('live.noMeeting')}
            </h2>
            {!meeting ? (
              <div className="row">
                <label>
                  {t('live.agendaItem')}{' '}
                  <input type="text" value={topic} onChange={(e) => setTopic(e.target.value)} />
                </label>
                <button
                  type="button"
                  className="primary"
                  disabled={!body}
                  onClick={() => {
                    const meetingId = shortId('meeting');
                    command({
                      type: 'RequestMeeting',
                      meetingId,
                      format: 'adoption',
                      topic,
                      date: body?.date ?? '',
                      requestedBy: [{ kind: 'member', code: body?.president ?? '' }],
                    });
                    command({ type: 'ConveneMeeting', meetingId });
                  }}
                >
                  {t('live.openMeeting')}
                </button>
              </div>
            ) : vote?.status !== 'open' && meeting.agenda === 'adopted' ? (
              <button
                type="button"
                onClick={() => command({ type: 'AdjournMeeting', meetingId: meeting.id })}
              >
                {t('live.adjourn')}
              </button>
            ) : (
              meeting.agenda === 'provisional' && (
                <button
                  type="button"
                  onClick={() => command({ type: 'AdoptAgenda', meetingId: meeting.id })}
                >
                  {t('live.adoptAgenda')}
                </button>
              )
            )}
          </section>

          {meeting && (
            <FloorControls
              meeting={meeting}
              speakers={[
                ...members(state).map((m) => ({ code: m.code, name: m.name })),
                ...meeting.participants.map((p) => ({ code: p.participant, name: p.participant })),
                { code: 'SG', name: t('live.secretaryGeneral') },
              ]}
              onGive={(speaker, seconds) =>
                command({
                  type: 'GiveFloor',
                  meetingId: meeting.id,
                  speaker,
                  ...(seconds > 0 ? { seconds } : {}),
                })
              }
              onEnd={() => command({ type: 'EndSpeech', meetingId: meeting.id })}
            />
          )}

          <section aria-labelledby="draft-h">
            <h2 id="draft-h">{t('live.draft')}</h2>
            <TextOnTable state={state} compact />
            <details>
              <summary>{t('live.submitDraft')}</summary>
              <div className="form-grid">
                <label>
                  {t('live.draftSymbol')}{' '}
                  <input type="text" value={symbol} onChange={(e) => setSymbol(e.target.value)} />
                </label>
                <label>
                  {t('live.draftTitle')}{' '}
                  <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
                </label>
                <StateSelect
                  label={t('live.penholder')}
                  value={penholder}
                  onChange={setPenholder}
                  options={members(state)}
                />
                <label>
                  {t('drafts.preamble')}
                  <textarea
                    rows={3}
                    value={preamble}
                    onChange={(e) => setPreamble(e.target.value)}
                  />
                </label>
                <label>
                  {t('drafts.operative')}
                  <textarea
                    rows={3}
                    value={operative}
                    onChange={(e) => setOperative(e.target.value)}
                  />
                </label>
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    command({
                      type: 'SubmitDraft',
                      draftId: shortId('draft'),
                      kind: 'resolution',
                      title,
                      ...(symbol ? { symbol } : {}),
                      penholders: [penholder],
                      text: { preambular: lines(preamble), operative: lines(operative) },
                    })
                  }
                >
                  {t('live.submitDraft')}
                </button>
              </div>
            </details>
            {draft &&
              vote?.status !== 'open' &&
              (draft.status === 'circulated' || draft.status === 'silence_broken') && (
                <div className="row">
                  <label>
                    {t('live.silenceHours')}{' '}
                    <input
                      type="number"
                      min={1}
                      max={10080}
                      value={minutes}
                      onChange={(e) => setMinutes(Number(e.target.value))}
                    />
                  </label>
                  <button
                    type="button"
                    onClick={() =>
                      command({
                        type: 'PutUnderSilence',
                        draftId: draft.id,
                        deadline: new Date(Date.now() + minutes * 60_000).toISOString(),
                      })
                    }
                  >
                    {t('live.silence')}
                  </button>
                </div>
              )}
            {silence && draft && (
              <SilenceControls
                draftId={draft.id}
                deadline={silence.deadline}
                minutes={minutes}
                command={command}
              />
            )}
            {draft && draft.status === 'silence_broken' && (
              <button
                type="button"
                onClick={() =>
                  command({
                    type: 'ReviseDraft',
                    draftId: draft.id,
                    text: { preambular: lines(preamble), operative: lines(operative) },
                  })
                }
              >
                {t('live.revise')}
              </button>
            )}
          </section>

          {draft && (
            <AmendmentsPanel
              state={state}
              draftId={draft.id}
              meetingId={meeting?.id}
              command={command}
              voteOpen={vote?.status === 'open'}
            />
          )}

          <section aria-labelledby="vote-h">
            <h2 id="vote-h">{vote?.status === 'open' ? t('live.voteOpen') : t('live.openVote')}</h2>
            <div className="buttons">
              {vote?.status !== 'open' && (
                <button
                  type="button"
                  className="primary"
                  disabled={
                    !meeting ||
                    meeting.agenda !== 'adopted' ||
                    !draft ||
                    !['circulated', 'in_blue', 'silence_broken'].includes(draft.status)
                  }
                  onClick={() =>
                    draft &&
                    meeting &&
                    command({
                      type: 'OpenVote',
                      voteId: shortId('vote'),
                      meetingId: meeting.id,
                      subject: { kind: 'draft', draftId: draft.id },
                    })
                  }
                >
                  {t('live.openVote')}
                </button>
              )}
              {vote?.status === 'open' && (
                <>
                  <button
                    type="button"
                    className="primary"
                    onClick={() => command({ type: 'CloseVote', voteId: vote.id })}
                  >
                    {t('live.closeVote')}
                  </button>
                  <button
                    type="button"
                    aria-expanded={showHands}
                    onClick={() => setShowHands((s) => !s)}
                  >
                    {t('live.showOfHands')}
                  </button>
                </>
              )}
            </div>
            {vote?.status === 'open' && showHands && (
              <div className="hands">
                <VoteCalculator
                  members={[...members(state)]}
                  ballots={{ ...hands, ...vote.ballots }}
                  onChange={(code, choice) => setHands((h) => ({ ...h, [code]: choice }))}
                />
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    command({
                      type: 'RecordShowOfHands',
                      voteId: vote.id,
                      ballots: Object.fromEntries(
                        Object.entries(hands).filter(([code]) => vote.ballots[code] === undefined),
                      ),
                    });
                    setShowHands(false);
                  }}
                >
                  {t('live.record')}
                </button>
              </div>
            )}
            <LiveTally state={state} />
          </section>
          <LiveChamber state={state} />
          <ChairCommitteePanel state={state} command={command} />
        </div>
        <div>
          <LinksPanel
            sessionId={sessionId}
            chairKey={chairKey}
            memberList={members(state).map((m) => ({ code: m.code, name: m.name }))}
          />
          <section aria-labelledby="log-h">
            <h2 id="log-h">{t('live.events')}</h2>
            <ol className="event-log" data-testid="event-log">
              {session.log
                .slice(-30)
                .reverse()
                .map((e) => (
                  <li key={e.position}>
                    <span className="pos">#{e.position}</span> {eventLine(e.event, state, t)}
                  </li>
                ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  );
}

/** Issues each delegation's link once (stored on the chair's device; reissuing revokes the old one). */
/** The President's control of the floor (rule 27): give it to a member, an invitee or the Secretary-General. */
function FloorControls({
  meeting,
  speakers,
  onGive,
  onEnd,
}: {
  meeting: NonNullable<ReturnType<typeof openMeeting>>;
  speakers: readonly { code: string; name: string }[];
  onGive: (speaker: string, seconds: number) => void;
  onEnd: () => void;
}) {
  const { t } = useI18n();
  const [speaker, setSpeaker] = useState(speakers[0]?.code ?? '');
  const [seconds, setSeconds] = useState(300);
  const nameOf = (code: string) => speakers.find((s) => s.code === code)?.name ?? code;
  return (
    <section aria-labelledby="floor-h">
      <h2 id="floor-h">{t('live.floor')}</h2>
      <SpeakerClock meeting={meeting} nameOf={nameOf} />
      <div className="row">
        <StateSelect
          label={t('live.floorSpeaker')}
          value={speaker}
          onChange={setSpeaker}
          options={speakers}
        />
        <label>
          {t('live.floorSeconds')}{' '}
          <input
            type="number"
            min={0}
            max={3600}
            value={seconds}
            onChange={(e) => setSeconds(Number(e.target.value))}
          />
        </label>
        <button type="button" onClick={() => onGive(speaker, seconds)}>
          {t('live.giveFloor')}
        </button>
        {meeting.speaker && (
          <button type="button" onClick={onEnd}>
            {t('live.endSpeech')}
          </button>
        )}
      </div>
    </section>
  );
}

function LinksPanel({
  sessionId,
  chairKey,
  memberList,
}: {
  sessionId: string;
  chairKey: string;
  memberList: { code: string; name: string }[];
}) {
  const { t } = useI18n();
  const [links, setLinks] = useState<Links>(
    () => JSON.parse(localStorage.getItem(linksStorageKey(sessionId)) ?? '{}') as Links,
  );
  const [qr, setQr] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (memberList.length === 0) return;
    const missing = [
      ...memberList
        .filter((m) => !links[`delegation:${m.code}`])
        .map((m) => ({ role: 'delegation' as const, member: m.code })),
      ...(links['observer:'] ? [] : [{ role: 'observer' as const, member: undefined }]),
      ...(links['projector:'] ? [] : [{ role: 'projector' as const, member: undefined }]),
    ];
    if (missing.length === 0) return;
    let live = true;
    void (async () => {
      const next = { ...links };
      try {
        for (const m of missing) {
          const issued = await issueLink(sessionId, chairKey, m.role, m.member);
          next[`${m.role}:${m.member ?? ''}`] = issued.secret;
        }
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
      localStorage.setItem(linksStorageKey(sessionId), JSON.stringify(next));
      if (live) setLinks(next);
    })();
    return () => {
      live = false;
    };
  }, [memberList.length, sessionId, chairKey]);

  /** A lost phone: issue a new link for the delegation; the server revokes the old one at once. */
  async function reissue(id: string) {
    const member = id.split(':')[1];
    try {
      const issued = await issueLink(sessionId, chairKey, 'delegation', member);
      const next = { ...links, [id]: issued.secret };
      localStorage.setItem(linksStorageKey(sessionId), JSON.stringify(next));
      setLinks(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const rows = [
    ...memberList.map((m) => ({
      id: `delegation:${m.code}`,
      label: m.name,
      url:
        links[`delegation:${m.code}`] &&
        absoluteHref(['live', sessionId, 'delegation'], {
          key: links[`delegation:${m.code}`],
          member: m.code,
        }),
    })),
    {
      id: 'observer:',
      label: t('live.observerLink'),
      url:
        links['observer:'] &&
        absoluteHref(['live', sessionId, 'observer'], { key: links['observer:'] }),
    },
    {
      id: 'projector:',
      label: t('live.projectorLink'),
      url:
        links['projector:'] &&
        absoluteHref(['live', sessionId, 'projector'], { key: links['projector:'] }),
    },
  ];
  return (
    <section aria-labelledby="links-h">
      <h2 id="links-h">{t('live.links')}</h2>
      {error && <p className="error">{t('app.error', { message: error })}</p>}
      <ul className="links" data-testid="links">
        {rows.map((row) => (
          <li key={row.id} data-link={row.id}>
            <span className="link-label">{row.label}</span>
            {row.url ? (
              <>
                <a
                  href={row.url}
                  target="_blank"
                  rel="noreferrer"
                  aria-label={t('live.openLinkFor', { member: row.label })}
                >
                  {t('live.openLink')}
                </a>
                <button
                  type="button"
                  onClick={() => void navigator.clipboard?.writeText(row.url!)}
                  aria-label={`${t('live.copy')}: ${row.label}`}
                >
                  {t('live.copy')}
                </button>
                {row.id.startsWith('delegation:') && (
                  <button
                    type="button"
                    aria-label={t('live.reissueFor', { member: row.label })}
                    onClick={() => void reissue(row.id)}
                  >
                    {t('live.reissue')}
                  </button>
                )}
                <button
                  type="button"
                  aria-expanded={qr === row.id}
                  onClick={() => setQr(qr === row.id ? undefined : row.id)}
                  aria-label={t('live.showQr', { member: row.label })}
                >
                  QR
                </button>
                {qr === row.id && (
                  <QrCode text={row.url} alt={t('live.qrAlt', { member: row.label })} />
                )}
              </>
            ) : (
              <span className="help">…</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Extend the silence while it runs; conclude it once the deadline has passed with no objection. */
function SilenceControls({
  draftId,
  deadline,
  minutes,
  command,
}: {
  draftId: string;
  deadline: string;
  minutes: number;
  command: (c: SessionCommand) => void;
}) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const over = now >= Date.parse(deadline);
  return (
    <div className="buttons">
      {over ? (
        <button
          type="button"
          className="primary"
          onClick={() => command({ type: 'ConcludeSilence', draftId })}
        >
          {t('live.concludeSilence')}
        </button>
      ) : (
        <button
          type="button"
          onClick={() =>
            command({
              type: 'ExtendSilence',
              draftId,
              deadline: new Date(Date.parse(deadline) + minutes * 60_000).toISOString(),
            })
          }
        >
          {t('live.extendSilence', { minutes })}
        </button>
      )}
    </div>
  );
}

/** Amendments to the text on the table: move one, and put each to the vote (the engine enforces the order). */
function AmendmentsPanel({
  state,
  draftId,
  meetingId,
  command,
  voteOpen,
}: {
  state: ReturnType<typeof useSession>['state'];
  draftId: string;
  meetingId: string | undefined;
  command: (c: SessionCommand) => void;
  voteOpen: boolean;
}) {
  const { t } = useI18n();
  const list = Object.values(state.amendments).filter((a) => a.draftId === draftId);
  const [text, setText] = useState('');
  const [by, setBy] = useState(members(state)[0]?.code ?? '');
  const nameOf = (code: string) => members(state).find((m) => m.code === code)?.name ?? code;
  return (
    <section aria-labelledby="amend-h">
      <h2 id="amend-h">{t('drafts.amendments')}</h2>
      {list.length > 0 && (
        <ol className="amendments" data-testid="amendments">
          {list.map((a) => (
            <li key={a.id}>
              <strong>{nameOf(a.proposedBy)}</strong>: {a.text} —{' '}
              <em>{a.status.replace(/_/g, ' ')}</em>
              {a.result && ` (${a.result.yes}–${a.result.no}–${a.result.abstain})`}
              {a.status === 'pending' && meetingId && !voteOpen && (
                <button
                  type="button"
                  onClick={() =>
                    command({
                      type: 'OpenVote',
                      voteId: shortId('vote'),
                      meetingId,
                      subject: { kind: 'amendment', amendmentId: a.id },
                    })
                  }
                >
                  {t('live.voteAmendment')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>{t('live.moveAmendment')}</summary>
        <div className="form-grid">
          <StateSelect
            label={t('live.proposedBy')}
            value={by}
            onChange={setBy}
            options={members(state)}
          />
          <label>
            {t('live.amendmentText')}
            <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button
            type="button"
            disabled={!text.trim()}
            onClick={() => {
              command({
                type: 'SubmitAmendment',
                amendmentId: shortId('amendment'),
                draftId,
                proposedBy: by,
                text: text.trim(),
              });
              setText('');
            }}
          >
            {t('live.moveAmendment')}
          </button>
        </div>
      </details>
    </section>
  );
}
