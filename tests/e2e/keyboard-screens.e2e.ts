import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerAndCheck, answerCurrent, expectHeading, startMock, startPracticeDrill } from './support/exam-driver';
import { showsFocus, walkWithTab } from './support/keyboard';

const fixture = setupBrowser();

/** Tab reaches every control on the screen, in order, and each one shows that it has focus. */
async function expectKeyboardReach(page: Page, screen: string, atLeast: number) {
  const { controls, reached } = await walkWithTab(page);
  expect(controls.length, `${screen}: controls found`).toBeGreaterThanOrEqual(atLeast);
  expect(reached.map((r) => r.control), `${screen}: controls reached by Tab`).toEqual(controls);
  expect(reached.filter((r) => !showsFocus(r)), `${screen}: controls whose focus cannot be seen`).toEqual([]);
}

describe.each([1280, 320])('every screen beside the exam by keyboard at %i px', (width) => {
  it('reaches every control with a visible focus on home, results, answer review, history, drills, progress, your data, practice feedback and a paused drill', async () => {
    const { page } = await fixture.newPage({ width, height: 800 });
    await page.goto('./');
    await page.getByRole('button', { name: 'Start full mock exam' }).waitFor();
    // Header (brand, five links, theme, language), four exams, two options, Start, drill link.
    await expectKeyboardReach(page, 'home', 14);

    await startMock(page);
    await answerCurrent(page, 1);
    await page.keyboard.press('f');
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, 2);
    await page.getByRole('button', { name: 'End exam' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    await expectKeyboardReach(page, 'results', 12);

    await page.getByRole('link', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: 'Answer review' }).waitFor();
    await page.getByRole('radio', { name: 'Flagged' }).check();
    await expect.poll(() => page.locator('article.reviewed').count()).toBe(1);
    await expectKeyboardReach(page, 'answer review', 10);

    for (const [path, heading, atLeast] of [
      ['#/history', 'History', 10],
      ['#/drill', 'Domain drill', 12],
      ['#/progress', 'Progress', 8],
      ['#/data', 'Your data', 9],
    ] as const) {
      await page.goto(`./${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expectKeyboardReach(page, heading, atLeast);
    }

    // A practice drill: the feedback after "Check answer" (explanations, references, report), then paused.
    await startPracticeDrill(page, 5);
    await answerAndCheck(page, 2);
    await expectKeyboardReach(page, 'practice feedback', 20);
    await page.getByRole('button', { name: /Pause/ }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    await expectKeyboardReach(page, 'paused drill', 8);
  });
});
