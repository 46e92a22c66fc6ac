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
  'home.chooseExam': 'Choose an exam',
  'home.default': 'default',
  'home.format': '{questions} questions · {minutes} minutes · pass {pass}/1000',
  'home.domains': 'Domains and weights',
  'home.options': 'Exam options',
  'home.esl': 'ESL +30: thirty extra minutes',
  'home.eslHint': 'AWS grants this to candidates whose first language is not English.',
  'home.unscored': 'Include 15 unscored items, as on the real exam',
  'home.unscoredHint': 'Only 50 questions count; which ones is revealed in the results.',
  'home.unscoredNotApplicable': 'This blueprint scores all 65 questions.',
  'home.start': 'Start full mock exam',
  'home.rules': 'Exam rules: no pause; answers are revealed only at the end; unanswered questions count as wrong.',
  'exam.goHome': 'Go to the home page',
  'nav.drill': 'Drills',
  'nav.dashboard': 'Progress',
  'home.drillLink': 'Domain drills and practice mode',
  'nav.data': 'Your data',
  'theme.system': 'System theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.switch': 'Theme: {current}. Switch to {next}',
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
  'home.chooseExam': '시험 선택',
  'home.default': '기본',
  'home.format': '{questions}문항 · {minutes}분 · 합격 {pass}/1000',
  'home.domains': '도메인과 비중',
  'home.options': '시험 옵션',
  'home.esl': 'ESL +30: 시험 시간 30분 연장',
  'home.eslHint': '영어가 모국어가 아닌 응시자에게 AWS가 제공하는 편의 사항입니다.',
  'home.unscored': '실제 시험처럼 채점되지 않는 문항 15개 포함',
  'home.unscoredHint': '50문항만 점수에 반영되며, 어느 문항인지는 결과 화면에서 공개됩니다.',
  'home.unscoredNotApplicable': '이 블루프린트는 65문항을 모두 채점합니다.',
  'home.start': '전체 모의시험 시작',
  'home.rules': '시험 규칙: 일시 정지할 수 없으며, 정답은 시험이 끝난 뒤에만 공개됩니다. 답하지 않은 문항은 오답으로 처리됩니다.',
  'exam.goHome': '홈으로 가기',
  'nav.drill': '도메인 연습',
  'theme.system': '시스템 테마',
  'theme.light': '밝게',
  'theme.dark': '어둡게',
  'theme.switch': '테마: {current}. {next}(으)로 바꾸기',
  'nav.data': '내 데이터',
  'nav.dashboard': '학습 현황',
  'home.drillLink': '도메인 연습과 연습 모드',
};

export const CORE_MESSAGES: Record<Language, Record<CoreMessageKey, string>> = { en, ko };

export type MessageVars = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a typo shows. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
