import { routePatterns } from '@/config/paths';
import { lazyScreen } from './lazy-screen';

/** Every screen after home is its own chunk; the exam screen's loader is shared with the idle prefetch. */
export const { Screen: ExamPage, load: loadExamPage } = lazyScreen(() => import('@/features/exam/exam-page'));
export const { Screen: ResultsPage, load: loadResultsPage } = lazyScreen(() => import('@/features/results/results-page'));
export const { Screen: ReviewPage, load: loadReviewPage } = lazyScreen(() => import('@/features/review/review-page'));
export const { Screen: HistoryPage, load: loadHistoryPage } = lazyScreen(() => import('@/features/history/history-page'));
export const { Screen: DrillPage, load: loadDrillPage } = lazyScreen(() => import('@/features/drill/drill-page'));
export const { Screen: DashboardPage, load: loadDashboardPage } = lazyScreen(() => import('@/features/dashboard/dashboard-page'));
export const { Screen: DataPage, load: loadDataPage } = lazyScreen(() => import('@/features/data/data-page'));

const SCREENS: [pattern: string, load: () => Promise<unknown>][] = [
  [routePatterns.exam, loadExamPage],
  [routePatterns.results, loadResultsPage],
  [routePatterns.review, loadReviewPage],
  [routePatterns.history, loadHistoryPage],
  [routePatterns.drill, loadDrillPage],
  [routePatterns.dashboard, loadDashboardPage],
  [routePatterns.data, loadDataPage],
];

/**
 * Loads the screen an address opens on (a bookmark, a reload, a link from outside), so that the
 * first render already has it: without this the route shows the loading fallback, and React then
 * holds the screen back for its 300 ms reveal throttle. Home needs nothing.
 */
export function loadScreenFor(hash: string): Promise<unknown> {
  const segment = hash.replace(/^#?\/?/, '').split(/[/?]/)[0];
  const found = SCREENS.find(([pattern]) => segment && pattern.split('/')[1] === segment);
  return found ? found[1]() : Promise.resolve();
}
