import { useEffect, useState } from 'react';
import type { Connection } from '../state/use-session.ts';
import { useI18n } from '../i18n/index.tsx';

/**
 * A steady banner while offline (no flicker on short blips: it appears only after a second), and
 * the number of actions waiting in the outbox.
 */
export function ConnectionBanner({
  connection,
  pending,
}: {
  connection: Connection;
  pending: number;
}) {
  const { t } = useI18n();
  const [showOffline, setShowOffline] = useState(false);
  useEffect(() => {
    if (connection !== 'offline') {
      setShowOffline(false);
      return;
    }
    const id = setTimeout(() => setShowOffline(true), 1000);
    return () => clearTimeout(id);
  }, [connection]);
  return (
    <div className="connection" aria-live="polite">
      {connection === 'denied' && (
        <p className="offline-banner" role="alert" data-testid="denied-banner">
          {t('live.badLink')}
        </p>
      )}
      {showOffline && (
        <p className="offline-banner" role="status" data-testid="offline-banner">
          {t('app.offline')}
        </p>
      )}
      {pending > 0 && (
        <p className="pending" data-testid="pending">
          {t('app.pending', { count: pending })}
        </p>
      )}
      {connection === 'online' && pending === 0 && (
        <span className="online-pill" data-testid="online">
          ● {t('app.online')}
        </span>
      )}
    </div>
  );
}
