/** The one route table. Hash routing: the app works from any static host and offline. */
export const paths = {
  home: '/',
  exam: '/exam',
  /** One question of the exam in progress, numbered from 1 as on screen. */
  examQuestion: (n: number) => `/exam/${n}`,
  history: '/history',
  drill: '/drill',
  dashboard: '/progress',
  data: '/data',
  results: (attemptId: string) => `/results/${encodeURIComponent(attemptId)}`,
  review: (attemptId: string) => `/review/${encodeURIComponent(attemptId)}`,
} as const;

export const routePatterns = {
  home: '/',
  /** `/exam` resumes at the saved question; `/exam/<n>` asks for question n. */
  exam: '/exam/:question?',
  history: '/history',
  drill: '/drill',
  dashboard: '/progress',
  data: '/data',
  results: '/results/:attemptId',
  review: '/review/:attemptId',
} as const;

/** True for the exam screen at any question. */
export function isExamPath(location: string): boolean {
  return location === paths.exam || location.startsWith(`${paths.exam}/`);
}
