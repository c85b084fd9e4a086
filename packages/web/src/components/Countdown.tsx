import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';

/** Seconds left until a deadline (ISO timestamp), as m:ss; announced to screen readers once a minute. */
export function Countdown({ deadline, large = false }: { deadline: string; large?: boolean }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const left = Math.max(0, Math.round((Date.parse(deadline) - now) / 1000));
  const h = Math.floor(left / 3600);
  const m = Math.floor((left % 3600) / 60);
  const s = left % 60;
  const text = `${h > 0 ? `${h}:${String(m).padStart(2, '0')}` : m}:${String(s).padStart(2, '0')}`;
  return (
    <span
      className={`countdown${large ? ' large' : ''}${left === 0 ? ' expired' : ''}`}
      role="timer"
      aria-label={`${t('live.timer')}: ${text}`}
      data-testid="countdown"
    >
      <span aria-hidden="true">⏱ </span>
      {text}
    </span>
  );
}
