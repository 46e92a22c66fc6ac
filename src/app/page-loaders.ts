import { lazyScreen } from './lazy-screen';

/** Every screen after home is its own chunk; the exam screen's loader is shared with the idle prefetch. */
export const { Screen: ExamPage, load: loadExamPage } = lazyScreen(() => import('@/features/exam/exam-page'));
export const loadResultsPage = () => import('@/features/results/results-page');
export const loadReviewPage = () => import('@/features/review/review-page');
export const loadHistoryPage = () => import('@/features/history/history-page');
export const loadDrillPage = () => import('@/features/drill/drill-page');
export const loadDashboardPage = () => import('@/features/dashboard/dashboard-page');
export const loadDataPage = () => import('@/features/data/data-page');
