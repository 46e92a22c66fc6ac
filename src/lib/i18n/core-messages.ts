/**
 * The UI text the first screen needs (header, home page, loading), in both languages. Everything
 * else lives in messages.ts, which only lazily loaded screens import, so the first page stays small.
 */
export type Language = 'ko' | 'en';
export const LANGUAGES: readonly Language[] = ['ko', 'en'];

const en = {
  'app.title': 'AWS Exam Simulator',
  'app.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.history': 'History',
  'nav.main': 'Main',
  'lang.label': 'Language',
  'lang.switchTo': '한국어',
  'lang.switchToLabel': 'Switch the interface to Korean',
  'common.loading': 'Loading…',
  'home.title': 'Practice for your AWS certification',
  'home.lede': 'Full mock exams that follow the real format: 65 questions, a countdown, and a scaled score from 100 to 1000.',
  'exam.goHome': 'Go to the home page',
  'nav.drill': 'Drills',
  'nav.dashboard': 'Progress',
  'nav.data': 'Your data',
  'theme.system': 'System theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.switch': 'Theme: {current}. Switch to {next}',
  'common.loadFailed': 'This part of the app could not be loaded. Check your connection and reload the page.',
} as const;

export type CoreMessageKey = keyof typeof en;

const ko: Record<CoreMessageKey, string> = {
  'app.title': 'AWS 자격증 모의시험',
  'app.skip': '본문으로 건너뛰기',
  'nav.home': '홈',
  'nav.history': '응시 기록',
  'nav.main': '주 메뉴',
  'lang.label': '언어',
  'lang.switchTo': 'English',
  'lang.switchToLabel': '화면 언어를 영어로 바꾸기',
  'common.loading': '불러오는 중…',
  'home.title': 'AWS 자격증 시험을 실전처럼 준비하세요',
  'home.lede': '실제 시험 형식을 그대로 따르는 모의시험: 65문항, 제한 시간, 100~1000점 환산 점수.',
  'exam.goHome': '홈으로 가기',
  'nav.drill': '도메인 연습',
  'theme.system': '시스템 테마',
  'theme.light': '밝게',
  'theme.dark': '어둡게',
  'theme.switch': '테마: {current}. {next}(으)로 바꾸기',
  'nav.data': '내 데이터',
  'nav.dashboard': '학습 현황',
  'common.loadFailed': '앱의 이 부분을 불러오지 못했습니다. 연결을 확인한 뒤 페이지를 새로 고치십시오.',
};

export const CORE_MESSAGES: Record<Language, Record<CoreMessageKey, string>> = { en, ko };

export type MessageVars = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a typo shows. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
