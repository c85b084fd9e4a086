import { lazy, Suspense, useEffect, useRef } from 'react';
import {
  COMPLETE_LANGUAGES,
  LANGUAGES,
  useI18n,
  type LanguageCode,
  type MessageKey,
} from './i18n/index.tsx';
import { href, useRoute, type Route } from './router.ts';
import { ChamberScreen } from './screens/ChamberScreen.tsx';

// Everything but the chamber loads on demand, so the first page stays small.
const LiveScreen = lazy(() => import('./screens/LiveScreen.tsx'));
const ReplayScreen = lazy(() => import('./screens/ReplayScreen.tsx'));
const HistoryScreen = lazy(() => import('./screens/HistoryScreen.tsx'));
const AnalysisScreen = lazy(() => import('./screens/AnalysisScreen.tsx'));
const DraftsScreen = lazy(() => import('./screens/DraftsScreen.tsx'));

const NAV: { segment: string; label: MessageKey }[] = [
  { segment: 'chamber', label: 'nav.chamber' },
  { segment: 'live', label: 'nav.live' },
  { segment: 'replay', label: 'nav.replay' },
  { segment: 'history', label: 'nav.history' },
  { segment: 'analysis', label: 'nav.analysis' },
  { segment: 'drafts', label: 'nav.drafts' },
];

/** Views that fill the screen on their own (a phone in a delegate's hand, a projector on the wall). */
function isBareView(route: Route): boolean {
  const view = route.segments[2];
  return route.segments[0] === 'live' && (view === 'delegation' || view === 'projector');
}

export function App() {
  const route = useRoute();
  const { t, lang, setLang } = useI18n();
  const main = useRef<HTMLElement>(null);
  const section = route.segments[0] ?? 'chamber';

  // After navigating, move focus to the page so keyboard and screen-reader users start at its heading.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [section]);

  const screen = (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <Screen route={route} />
    </Suspense>
  );

  if (isBareView(route)) {
    return (
      <main id="main" ref={main} tabIndex={-1} className="bare">
        {screen}
      </main>
    );
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), main.current?.focus())}
      >
        {t('app.skip')}
      </a>
      <header className="app-header">
        <a className="brand" href={href(['chamber'])}>
          <span aria-hidden="true" className="brand-mark">
            ◖◗
          </span>{' '}
          {t('app.name')}
          <span className="tagline">{t('app.tagline')}</span>
        </a>
        <nav aria-label={t('nav.main')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.segment}>
                <a
                  href={href([item.segment])}
                  aria-current={section === item.segment ? 'page' : undefined}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <label className="lang">
          <span>{t('app.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as LanguageCode)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
                {COMPLETE_LANGUAGES.includes(l.code) ? '' : ` (${t('app.partial')})`}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {screen}
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.segments[0] ?? 'chamber') {
    case 'chamber':
      return <ChamberScreen route={route} />;
    case 'live':
      return <LiveScreen route={route} />;
    case 'replay':
      return <ReplayScreen route={route} />;
    case 'history':
      return <HistoryScreen route={route} />;
    case 'analysis':
      return <AnalysisScreen route={route} />;
    case 'drafts':
      return <DraftsScreen route={route} />;
    default:
      return <p>{t('app.notFound')}</p>;
  }
}
