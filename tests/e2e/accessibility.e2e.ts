import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerAndCheck, answerCurrent, expectHeading, startMock, startPracticeDrill } from './support/exam-driver';

const fixture = setupBrowser();

async function expectNoViolations(page: Page, screen: string) {
  // Charts are drawn as SVG by recharts; their text is checked through the tables beside them.
  const results = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = results.violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(found).toEqual([]);
}

describe.each([
  { scheme: 'light' as const, width: 1280 },
  { scheme: 'dark' as const, width: 1280 },
  { scheme: 'light' as const, width: 360 },
  { scheme: 'dark' as const, width: 360 },
])('accessibility in $scheme mode at $width px', ({ scheme, width }) => {
  it('has no axe violations on home, exam, review screen, results, answer review, history, progress, your data, drills, practice feedback and pause', async () => {
    const { page } = await fixture.newPage({ colorScheme: scheme, width, height: 800 });
    await page.goto('./');
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
    // The body of home (exam choice, options, Start) arrives just after the first paint; scan it too.
    await page.getByRole('button', { name: 'Start full mock exam' }).waitFor();
    await expectNoViolations(page, 'home');
    await startMock(page);
    await answerCurrent(page, 1);
    await page.keyboard.press('f');
    await page.getByRole('navigation', { name: 'Question map' }).getByRole('link', { name: /^Question 65,/ }).waitFor();
    await expectNoViolations(page, 'exam');
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, 2);
    await page.getByRole('button', { name: 'Review screen' }).first().click();
    await page.getByRole('region', { name: 'Review your answers' }).waitFor();
    await expectNoViolations(page, 'review screen');
    await page.getByRole('button', { name: 'End review and finish exam' }).click();
    await expectNoViolations(page, 'end dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    await expectNoViolations(page, 'results');
    await page.getByRole('link', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: 'Answer review' }).waitFor();
    // One reviewed question carries every element the other 64 repeat; scanning one keeps the run short.
    await page.getByRole('radio', { name: 'Flagged' }).check();
    await expect.poll(() => page.locator('article.reviewed').count()).toBe(1);
    await expectNoViolations(page, 'answer review');
    await page.goto('./#/history');
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await expectNoViolations(page, 'history');

    for (const [path, heading] of [
      ['#/progress', 'Progress'],
      ['#/data', 'Your data'],
      ['#/drill', 'Domain drill'],
    ] as const) {
      await page.goto(`./${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expectNoViolations(page, heading);
    }
    // A practice drill: the feedback after an answer, and the paused screen.
    await startPracticeDrill(page, 5);
    await answerAndCheck(page, 2);
    await expectNoViolations(page, 'practice feedback');
    await page.getByRole('button', { name: /Pause/ }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    await expectNoViolations(page, 'paused drill');
  });
});

describe('accessibility with the Korean interface', () => {
  it('has no axe violations on home, exam, results and history in Korean', async () => {
    const { page } = await fixture.newPage({ locale: 'ko-KR', width: 360, height: 800 });
    await page.goto('./');
    await page.getByRole('button', { name: '전체 모의시험 시작' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await expectNoViolations(page, 'home (ko)');
    await page.getByRole('button', { name: '전체 모의시험 시작' }).click();
    await page.getByRole('timer').waitFor();
    await answerCurrent(page, 1);
    await expectNoViolations(page, 'exam (ko)');
    await page.getByRole('button', { name: '시험 종료' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: '시험 종료' }).click();
    await page.getByRole('heading', { name: '시험 결과' }).waitFor();
    await expectNoViolations(page, 'results (ko)');
    await page.goto('./#/history');
    await page.getByRole('heading', { name: '응시 기록', level: 1 }).waitFor();
    await expectNoViolations(page, 'history (ko)');
  });
});
