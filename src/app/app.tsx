import { Suspense, useEffect } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { paths, routePatterns } from '@/config/paths';
import { HomePage } from '@/features/home/home-page';
import { deferred } from '@/components/deferred';
import { useCoreT } from '@/components/use-core-t';
import { useSettingsStore, type Theme } from '@/stores/settings-store';
import { DashboardPage, DataPage, DrillPage, ExamPage, HistoryPage, ResultsPage, ReviewPage } from './page-loaders';
import { useAppLocation } from './use-app-location';

const AppServices = deferred(() => import('./app-services').then((m) => m.default));

const THEMES: Theme[] = ['system', 'light', 'dark'];

function Header() {
  const { t, language } = useCoreT();
  const theme = useSettingsStore((s) => s.theme);
  const nextTheme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
  return (
    <header className="app-header">
      <Link href={paths.home} className="brand">
        {t('app.title')}
      </Link>
      <nav aria-label={t('nav.main')}>
        <Link href={paths.home}>{t('nav.home')}</Link>
        <Link href={paths.drill}>{t('nav.drill')}</Link>
        <Link href={paths.dashboard}>{t('nav.dashboard')}</Link>
        <Link href={paths.history}>{t('nav.history')}</Link>
        <Link href={paths.data}>{t('nav.data')}</Link>
      </nav>
      <button
        type="button"
        className="ghost small"
        aria-label={t('theme.switch', { current: t(`theme.${theme}`), next: t(`theme.${nextTheme}`) })}
        onClick={() => useSettingsStore.getState().setTheme(nextTheme)}
      >
        {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'} {t(`theme.${theme}`)}
      </button>
      <button
        type="button"
        className="ghost small"
        lang={language === 'ko' ? 'en' : 'ko'}
        aria-label={t('lang.switchToLabel')}
        onClick={() => useSettingsStore.getState().setLanguage(language === 'ko' ? 'en' : 'ko')}
      >
        {t('lang.switchTo')}
      </button>
    </header>
  );
}

/** The header, the routes, and the document's language and theme; the rest of the app-wide work is in AppServices. */
export function App() {
  const { t, language } = useCoreT();
  const theme = useSettingsStore((s) => s.theme);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  return (
    <Router hook={useAppLocation}>
      <a href="#main" className="skip-link" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skip')}
      </a>
      <Header />
      <AppServices />
      <main id="main" tabIndex={-1} className="container">
        <Suspense fallback={<p aria-busy="true">{t('common.loading')}</p>}>
          <Switch>
            <Route path={routePatterns.home} component={HomePage} />
            <Route path={routePatterns.exam} component={ExamPage} />
            <Route path={routePatterns.results} component={ResultsPage} />
            <Route path={routePatterns.review} component={ReviewPage} />
            <Route path={routePatterns.history} component={HistoryPage} />
            <Route path={routePatterns.drill} component={DrillPage} />
            <Route path={routePatterns.dashboard} component={DashboardPage} />
            <Route path={routePatterns.data} component={DataPage} />
            <Route>
              <p>
                <Link href={paths.home}>{t('exam.goHome')}</Link>
              </p>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </Router>
  );
}
