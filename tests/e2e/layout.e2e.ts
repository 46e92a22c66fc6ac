import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Question } from '@/bank/schema';
import { realBank } from '../utils/blueprints';
import { setupBrowser } from './support/browser';
import { answerCurrent, expectHeading, startMock } from './support/exam-driver';
import { brokenWords, horizontalOverflow, layoutShifts, questionMapBox, recordLayoutShifts } from './support/layout';

const fixture = setupBrowser();

const soa = realBank.questions.map((q) => q.question).filter((q) => 'soa-c03' in q.exams);
const longestBy = (measure: (q: Question) => number) => soa.reduce((best, q) => (measure(q) > measure(best) ? q : best));
const longestWord = (q: Question) => Math.max(...[q.stem.en, ...q.options.map((o) => o.en)].flatMap((text) => text.split(/\s+/)).map((word) => word.length));
/** What is hardest to fit on a phone: the longest option, the longest id, the longest unbreakable word. */
const HARD = [...new Set([longestBy((q) => Math.max(...q.options.map((o) => o.en.length))), longestBy((q) => q.id.length), longestBy(longestWord)])];

/** Puts the hard questions first in the mock on screen and reloads, so that the exam shows them. */
async function putHardQuestionsFirst(page: Page): Promise<void> {
  await page.evaluate((hard) => {
    const saved = JSON.parse(localStorage.getItem('aws-sim:attempt')!) as { state: { active: { items: { questionId: string }[]; current: number } } };
    const active = saved.state.active;
    const hardIds = new Set(hard.map((item) => item.questionId));
    active.items = [...hard, ...active.items.filter((item) => !hardIds.has(item.questionId))].slice(0, active.items.length);
    active.current = 0;
    localStorage.setItem('aws-sim:attempt', JSON.stringify(saved));
  }, HARD.map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: true, optionOrder: q.options.map((o) => o.id) })));
  await page.reload();
  await expect.poll(() => page.locator('.question-id code').textContent()).toBe(HARD[0]!.id);
}

/** Nothing reaches past the sides of the viewport, and no control is so narrow that a word in it breaks. */
async function expectNoOverflow(page: Page, screen: string): Promise<void> {
  const found = await horizontalOverflow(page);
  expect({ screen, ...found }).toEqual({ screen, scrollWidth: found.viewport, viewport: found.viewport, overflows: [] });
  expect(await brokenWords(page), `${screen}: words broken inside links and buttons`).toEqual([]);
}

describe.each([320, 1280, 1920])('layout at %i px wide', (width) => {
  it('nothing overflows sideways or breaks a word in a control on home, exam, review screen, results, answer review and history', async () => {
    const { page } = await fixture.newPage({ width, height: 800 });
    await page.goto('./');
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
    await expectNoOverflow(page, 'home');

    await startMock(page);
    await putHardQuestionsFirst(page);
    for (const [index, question] of HARD.entries()) {
      await expectHeading(page, index + 1);
      expect(await page.locator('.question-id code').textContent()).toBe(question.id);
      await answerCurrent(page, 1);
      await page.keyboard.press('f');
      await expectNoOverflow(page, `exam, question ${question.id}`);
      await page.keyboard.press('ArrowRight');
    }

    const map = await questionMapBox(page);
    expect(map.fitsWidth).toBe(true);
    // 65 cells are more than fit in 800 px of height: the map scrolls within itself instead of growing.
    expect(map.overflowsBox).toBe(true);
    expect(map.scrollsItself).toBe(true);
    expect(map.height).toBeLessThanOrEqual(map.viewportHeight);

    await page.getByRole('button', { name: 'Review screen' }).first().click();
    await page.getByRole('region', { name: 'Review your answers' }).waitFor();
    await expectNoOverflow(page, 'review screen');

    await page.getByRole('button', { name: 'End review and finish exam' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    await expectNoOverflow(page, 'results');

    await page.getByRole('link', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: 'Answer review' }).waitFor();
    await expect.poll(() => page.locator('article.reviewed').count()).toBe(65);
    await expectNoOverflow(page, 'answer review');

    await page.goto('./#/history');
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await expectNoOverflow(page, 'history');
  });
});

describe.each([320, 1280])('the exam screen opening at %i px wide', (width) => {
  it('draws the question map without moving anything already on screen', async () => {
    const { page, context } = await fixture.newPage({ width, height: 800 });
    await startMock(page);
    // Every layout shift from here on, with what moved; a reload has no recent input, so each one is a real jump.
    await recordLayoutShifts(context);
    await page.reload();
    await expectHeading(page, 1);
    await page.getByRole('navigation', { name: 'Question map' }).getByRole('link', { name: /^Question 65,/ }).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    expect(await layoutShifts(page)).toEqual([]);
  });
});

describe.each([320, 1280])('the home page on a first visit at %i px wide', (width) => {
  it('says the app works offline without moving the page', async () => {
    const { page, context } = await fixture.newPage({ width, height: 800 });
    await recordLayoutShifts(context);
    await page.goto('./');
    await page.getByRole('button', { name: 'Start full mock exam' }).waitFor();
    // The service worker's first install ends with this message; it comes seconds after the page is in use.
    const offline = page.getByRole('status').filter({ hasText: 'now work offline' });
    await offline.waitFor();
    await expectNoOverflow(page, 'home with the offline message');
    expect(await layoutShifts(page)).toEqual([]);
    await offline.getByRole('button', { name: 'Dismiss' }).click();
    await offline.waitFor({ state: 'detached' });
  });
});

describe('screens opened by address', () => {
  it('results, answer review, history and progress draw their charts and lists without moving anything', async () => {
    const { page, context } = await fixture.newPage({ width: 1280, height: 800 });
    await startMock(page);
    await answerCurrent(page, 1);
    await page.getByRole('button', { name: 'End exam' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    const results = page.url();
    await recordLayoutShifts(context);

    for (const [address, heading, charts] of [
      [results, 'Exam results', 1],
      [results.replace('/results/', '/review/'), 'Answer review', 0],
      ['./#/history', 'History', 1],
      ['./#/progress', 'Progress', 1],
    ] as const) {
      await page.goto(address);
      await page.reload();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      if (charts > 0) await page.locator('svg.recharts-surface').first().waitFor();
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect({ heading, shifts: await layoutShifts(page) }).toEqual({ heading, shifts: [] });
    }
  });
});

describe('layout in Korean at 320 px wide', () => {
  it('nothing overflows sideways on home, exam, review screen, results, answer review and history', async () => {
    const { page } = await fixture.newPage({ locale: 'ko-KR', width: 320, height: 800 });
    await page.goto('./');
    await page.getByRole('button', { name: '전체 모의시험 시작' }).waitFor();
    await expectNoOverflow(page, 'home (ko)');

    await page.getByRole('button', { name: '전체 모의시험 시작' }).click();
    await page.getByRole('timer').waitFor();
    await putHardQuestionsFirst(page);
    for (const question of HARD) {
      await expect.poll(() => page.locator('.question-id code').textContent()).toBe(question.id);
      await answerCurrent(page, 1);
      await expectNoOverflow(page, `exam (ko), question ${question.id}`);
      await page.keyboard.press('ArrowRight');
    }

    await page.getByRole('button', { name: '검토 화면' }).first().click();
    await page.getByRole('region', { name: '답안 검토' }).waitFor();
    await expectNoOverflow(page, 'review screen (ko)');
    await page.getByRole('button', { name: '검토를 마치고 시험 종료' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '시험 종료' }).click();
    await page.getByRole('heading', { name: '시험 결과' }).waitFor();
    await expectNoOverflow(page, 'results (ko)');

    await page.getByRole('link', { name: '답안 검토' }).click();
    await page.getByRole('heading', { name: '답안 검토', level: 1 }).waitFor();
    await expect.poll(() => page.locator('article.reviewed').count()).toBe(65);
    await expectNoOverflow(page, 'answer review (ko)');

    await page.goto('./#/history');
    await page.getByRole('heading', { name: '응시 기록', level: 1 }).waitFor();
    await expectNoOverflow(page, 'history (ko)');
  });
});
