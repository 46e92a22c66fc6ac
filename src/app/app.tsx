import { lazy, Suspense, useEffect } from 'react';
import { Link, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { paths, routePatterns } from '@/config/paths';
import { HomePage } from '@/features/home/home-page';
import { useT } from '@/components/use-t';
import { useAttemptStore } from '@/stores/attempt-store';
import { useBankStore } from '@/stores/bank-store';
import { useNoticesStore } from '@/stores/notices-store';
import { useSettingsStore, type Theme } from '@/stores/settings-store';
import { Notices } from './notices';
import { UpdatePrompt } from './update-prompt';
import { useCrossTabSync } from './use-cross-tab-sync';

const loadExamPage = () => import('@/features/exam/exam-page');
const ExamPage = lazy(loadExamPage);
const ResultsPage = lazy(() => import('@/features/results/results-page'));
const ReviewPage = lazy(() => import('@/features/review/review-page'));
const HistoryPage = lazy(() => import('@/features/history/history-page'));
const DrillPage = lazy(() => import('@/features/drill/drill-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/dashboard-page'));
const DataPage = lazy(() => import('@/features/data/data-page'));

const THEMES: Theme[] = ['system', 'light', 'dark'];

function Header() {
  const { t, language } = useT();
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

/** Routes and app-wide effects: the document language, and submitting an exam whose time ran out while closed. */
export function App() {
  const { t, language } = useT();
  useCrossTabSync();

  const theme = useSettingsStore((s) => s.theme);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  const examId = useSettingsStore((s) => s.examId);
  useEffect(() => {
    // Fetch the exam screen and the chosen bank while the learner reads the home page, so Start is instant.
    const prefetch = () => {
      void loadExamPage().catch(() => undefined);
      void useBankStore.getState().load(examId).catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(prefetch, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(prefetch, 500);
    return () => clearTimeout(id);
  }, [examId]);

  useEffect(() => {
    void useAttemptStore
      .getState()
      .settleIfDue(Date.now())
      .then((id) => id && useNoticesStore.getState().addTimedOut(id))
      .catch(() => undefined);
  }, []);

  return (
    <Router hook={useHashLocation}>
      <a href="#main" className="skip-link" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skip')}
      </a>
      <Header />
      <div className="notices">
        <UpdatePrompt />
      </div>
      <Notices />
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
