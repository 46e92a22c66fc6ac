import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Text of the "Question N of M" heading. */
export async function questionHeading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { name: /^Question \d+ of \d+$/ }).textContent()) ?? '';
}

export async function expectHeading(page: Page, n: number, total = 65): Promise<void> {
  await expect.poll(() => questionHeading(page)).toBe(`Question ${n} of ${total}`);
}

/** Starts a full mock of the given exam from the home page (English UI). */
export async function startMock(page: Page, code = 'SOA-C03', options: { esl?: boolean; unscored?: boolean } = {}): Promise<void> {
  await page.goto('./');
  await page.getByRole('radio', { name: new RegExp(code) }).check();
  if (options.esl) await page.getByLabel(/ESL \+30/).check();
  if (options.unscored) await page.getByLabel(/unscored items/).check();
  await page.getByRole('button', { name: 'Start full mock exam' }).click();
  await page.getByRole('timer').waitFor();
}

/** The question id shown on screen. */
export async function currentQuestionId(page: Page): Promise<string> {
  return (await page.locator('.question-id code').textContent()) ?? '';
}

/** Answers the question on screen by keyboard: single response picks `position`, multiple the first N. */
export async function answerCurrent(page: Page, position = 1): Promise<void> {
  const boxes = page.getByRole('checkbox');
  const count = await boxes.count();
  if (count === 0) {
    await page.keyboard.press(String(position));
    return;
  }
  const needed = Number(/\(Select (\d)\)/.exec((await page.locator('.select-n').first().textContent()) ?? '')?.[1] ?? '2');
  for (let i = 1; i <= needed; i += 1) await page.keyboard.press(String(i));
}

/** What is checked on screen, as letters. */
export async function checkedLetters(page: Page): Promise<string> {
  const options = page.locator('.option');
  const letters: string[] = [];
  for (let i = 0; i < (await options.count()); i += 1) {
    if (await options.nth(i).locator('input').isChecked()) letters.push('ABCDEF'[i] ?? '?');
  }
  return letters.join('');
}

/**
 * Fakes the page's clock from `iso`. It keeps flowing (React needs timers), and the test jumps
 * it forward with fastForward; figures are checked against the saved deadline.
 */
export async function installClock(page: Page, iso: string): Promise<void> {
  await page.clock.install({ time: new Date(iso) });
}

/** Seconds the countdown shows. */
export async function timerSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** The deadline saved with the attempt in progress. */
export async function savedDeadline(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('aws-sim:attempt');
    return raw ? ((JSON.parse(raw) as { state: { active: { deadline: number } | null } }).state.active?.deadline ?? null) : null;
  });
}

/** Seconds between the page's clock and the saved deadline. */
export async function secondsToDeadline(page: Page): Promise<number> {
  const deadline = await savedDeadline(page);
  const now = await page.evaluate(() => Date.now());
  return ((deadline ?? now) - now) / 1000;
}

/** The countdown agrees with the saved deadline to within a second. */
export async function expectTimerMatchesDeadline(page: Page): Promise<void> {
  await expect.poll(async () => Math.abs((await timerSeconds(page)) - (await secondsToDeadline(page)))).toBeLessThanOrEqual(1);
}

/** Starts a practice drill of `count` questions from the drill page (English UI). */
export async function startPracticeDrill(page: Page, count: number): Promise<void> {
  await page.goto('./#/drill');
  await page.getByRole('heading', { name: 'Domain drill' }).waitFor();
  await page.getByText(/question\(s\) match/).waitFor();
  await page.getByLabel('Number of questions (5–65)').fill(String(count));
  await page.getByRole('button', { name: 'Start drill' }).click();
  await page.getByText('Drill · practice mode').waitFor();
}

/** In a practice drill, answers the current question and checks it, waiting for every option's explanation. */
export async function answerAndCheck(page: Page, position = 1): Promise<void> {
  await answerCurrent(page, position);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('region', { name: /^(Correct|Incorrect)$/ }).waitFor();
  // The explanations come with the bank's second chunk, a moment after the verdict.
  await expect.poll(() => page.locator('.feedback .why').count()).toBeGreaterThanOrEqual(4);
}
