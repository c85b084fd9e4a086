import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { href, type Route } from '../router.ts';
import { createSession, sendCommand } from '../net/council-api.ts';
import { SESSION_TEMPLATES } from '../data/session-templates.ts';
import { newKey } from '../state/outbox.ts';
import { shortId } from './live/ids.ts';
import { ChairConsole } from './live/ChairConsole.tsx';
import { DelegationView } from './live/DelegationView.tsx';
import { ProjectorView } from './live/ProjectorView.tsx';

/** `#/live` starts a session; `#/live/<id>/<view>?key=…` opens the chair, delegation, projector or observer view. */
export default function LiveScreen({ route }: { route: Route }) {
  const [, sessionId, view] = route.segments;
  const key = route.query.get('key') ?? '';
  if (!sessionId || !view) return <StartSession />;
  // Each link is its own identity: a new key (another delegation's link in the same tab) remounts the view.
  switch (view) {
    case 'chair':
      return <ChairConsole key={key} sessionId={sessionId} chairKey={key} />;
    case 'delegation':
      return (
        <DelegationView
          key={key}
          sessionId={sessionId}
          linkKey={key}
          member={route.query.get('member') ?? ''}
        />
      );
    case 'projector':
      return <ProjectorView key={key} sessionId={sessionId} linkKey={key} role="projector" />;
    case 'observer':
      return <ProjectorView key={key} sessionId={sessionId} linkKey={key} role="observer" />;
    default:
      return <StartSession />;
  }
}

function StartSession() {
  const { t } = useI18n();
  const [mode, setMode] = useState<'date' | 'scenario'>('date');
  const [date, setDate] = useState('2022-05-26');
  const [scenario, setScenario] = useState(SESSION_TEMPLATES[0]!.id);
  const [title, setTitle] = useState('Security Council');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const template =
        mode === 'scenario' ? SESSION_TEMPLATES.find((s) => s.id === scenario) : undefined;
      const created = await createSession({ title, date: template?.date ?? date });
      if (template) {
        // Set the scene in order: a meeting convened on the item, and the draft on the table.
        const meetingId = shortId('meeting');
        const run = (command: Record<string, unknown>) =>
          sendCommand(created.sessionId, created.chairKey, command, newKey());
        await run({
          type: 'RequestMeeting',
          meetingId,
          format: 'adoption',
          topic: template.topic,
          date: template.date,
          requestedBy: template.draft.penholders.map((code) => ({ kind: 'member', code })),
        });
        await run({ type: 'ConveneMeeting', meetingId });
        await run({ type: 'AdoptAgenda', meetingId });
        const { preambular, operative, ...draft } = template.draft;
        await run({
          type: 'SubmitDraft',
          draftId: shortId('draft'),
          kind: 'resolution',
          ...draft,
          text: { preambular, operative },
        });
      }
      location.hash = href(['live', created.sessionId, 'chair'], { key: created.chairKey });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <h1>{t('live.title')}</h1>
      <form onSubmit={submit} className="start-form">
        <h2>{t('live.start')}</h2>
        <label>
          {t('live.sessionTitle')}{' '}
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <fieldset>
          <legend>{t('live.start')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name="mode"
              checked={mode === 'date'}
              onChange={() => setMode('date')}
            />{' '}
            {t('live.fromDate')}
          </label>
          <label>
            <span className="visually-hidden">{t('chamber.date')}</span>
            <input
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              disabled={mode !== 'date'}
              aria-label={t('chamber.date')}
            />
          </label>
          <br />
          <label className="checkbox">
            <input
              type="radio"
              name="mode"
              checked={mode === 'scenario'}
              onChange={() => setMode('scenario')}
            />{' '}
            {t('live.fromScenario')}
          </label>
          <select
            value={scenario}
            onChange={(e) => setScenario(e.target.value)}
            disabled={mode !== 'scenario'}
            aria-label={t('live.fromScenario')}
          >
            {SESSION_TEMPLATES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('live.creating') : t('live.create')}
        </button>
        {error && (
          <p role="alert" className="error">
            {t('app.error', { message: error })}
          </p>
        )}
      </form>
    </div>
  );
}
