/** The one route table. Hash routing: the app works from any static host and offline. */
export const paths = {
  home: '/',
  exam: '/exam',
  history: '/history',
  drill: '/drill',
  dashboard: '/progress',
  data: '/data',
  results: (attemptId: string) => `/results/${encodeURIComponent(attemptId)}`,
  review: (attemptId: string) => `/review/${encodeURIComponent(attemptId)}`,
} as const;

export const routePatterns = {
  home: '/',
  exam: '/exam',
  history: '/history',
  drill: '/drill',
  dashboard: '/progress',
  data: '/data',
  results: '/results/:attemptId',
  review: '/review/:attemptId',
} as const;
