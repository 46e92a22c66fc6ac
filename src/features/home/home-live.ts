// The parts of home that read saved attempts, in one chunk loaded right after the first paint.
export { DueDrill } from './due-drill';
export { RecentAttempts } from './recent-attempts';
export { ResumeBanner } from './resume-banner';
export { StartMock } from './start-mock';
