import { routePatterns } from '@/config/paths';
import { lazyScreen } from './lazy-screen';

/** Every screen after home is its own chunk; the exam screen's loader is shared with the idle prefetch. */
const exam = lazyScreen(() => import('@/features/exam/exam-page'));
const results = lazyScreen(() => import('@/features/results/results-page'));
const review = lazyScreen(() => import('@/features/review/review-page'));
const history = lazyScreen(() => import('@/features/history/history-page'));
const drill = lazyScreen(() => import('@/features/drill/drill-page'));
const dashboard = lazyScreen(() => import('@/features/dashboard/dashboard-page'));
const data = lazyScreen(() => import('@/features/data/data-page'));

export const { Screen: ExamPage, load: loadExamPage } = exam;
export const { Screen: ResultsPage } = results;
export const { Screen: ReviewPage } = review;
export const { Screen: HistoryPage } = history;
export const { Screen: DrillPage } = drill;
export const { Screen: DashboardPage } = dashboard;
export const { Screen: DataPage } = data;

const SCREENS: [pattern: string, screen: { load: () => Promise<unknown>; isLoaded: () => boolean }][] = [
  [routePatterns.exam, exam],
  [routePatterns.results, results],
  [routePatterns.review, review],
  [routePatterns.history, history],
  [routePatterns.drill, drill],
  [routePatterns.dashboard, dashboard],
  [routePatterns.data, data],
];

function screenAt(hash: string) {
  const segment = hash.replace(/^#?\/?/, '').split(/[/?]/)[0];
  return SCREENS.find(([pattern]) => segment && pattern.split('/')[1] === segment)?.[1];
}

/**
 * Loads the screen an address opens on (a bookmark, a reload, a link from outside), so that the
 * first render already has it: without this the route shows the loading fallback, and React then
 * holds the screen back for its 300 ms reveal throttle. Home needs nothing.
 */
export function loadScreenFor(hash: string): Promise<unknown> {
  return screenAt(hash)?.load() ?? Promise.resolve();
}

/** True when the screen an address opens on can render at once: home, or a screen whose chunk is in. */
export function isScreenLoadedFor(hash: string): boolean {
  return screenAt(hash)?.isLoaded() ?? true;
}
