import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/random';
import { setupBrowser } from './support/browser';
import { answerCurrent, expectHeading, expectTimerMatchesDeadline, installClock, savedDeadline, startMock } from './support/exam-driver';
import { savedState } from './support/storage';

const fixture = setupBrowser();

interface SavedAttempt {
  active: { answers: Record<string, string[]>; flagged: string[]; current: number; items: { questionId: string }[] } | null;
}

async function saved(page: Page) {
  return (await savedState<SavedAttempt>(page, 'aws-sim:attempt'))?.active ?? null;
}

describe('nothing is lost', () => {
  it('survives 20 reloads at seeded points of a full mock', async () => {
    const { page } = await fixture.newPage();
    await installClock(page, '2026-11-23T09:00:00Z');
    await startMock(page);
    const deadline = await savedDeadline(page);
    const rng = createRng(20261123);
    const reloadAt = new Set<number>();
    while (reloadAt.size < 20) reloadAt.add(1 + Math.floor(rng() * 64));
    for (let n = 1; n <= 65; n += 1) {
      await expectHeading(page, n);
      if (rng() < 0.8) await answerCurrent(page, 1 + Math.floor(rng() * 4));
      if (rng() < 0.15) await page.keyboard.press('f');
      if (reloadAt.has(n)) {
        await page.clock.fastForward(Math.floor(rng() * 90_000));
        const before = await saved(page);
        await page.reload();
        await expectHeading(page, n);
        const after = await saved(page);
        expect(after?.answers).toEqual(before?.answers);
        expect(after?.flagged).toEqual(before?.flagged);
        expect(await savedDeadline(page)).toBe(deadline);
        await expectTimerMatchesDeadline(page);
      }
      if (n < 65) await page.keyboard.press('ArrowRight');
    }
    const final = await saved(page);
    expect(Object.keys(final?.answers ?? {}).length).toBeGreaterThan(40);
  });

  it('lets only one of two tabs write an attempt, and loses no answer either way', async () => {
    const { context, page: first } = await fixture.newPage();
    await startMock(first);
    await answerCurrent(first, 1);
    const second = await context.newPage();
    // A link to another question, opened in a second tab, must not move the first tab's attempt.
    await second.goto('./#/exam/3');
    await second.getByRole('alert').filter({ hasText: 'This exam is open in another tab' }).waitFor();
    await expectHeading(second, 1);
    await expect.poll(() => second.evaluate(() => location.hash)).toBe('#/exam/1');
    await second.keyboard.press('2');
    await second.keyboard.press('ArrowRight');
    expect((await saved(first))?.current).toBe(0);

    await first.keyboard.press('ArrowRight');
    await answerCurrent(first, 3);
    await expect.poll(async () => Object.keys((await saved(second))?.answers ?? {}).length).toBe(2);
    await expect.poll(() => second.getByRole('navigation', { name: 'Question map' }).getByRole('link', { name: /^Question 2, Answered/ }).count()).toBe(1);

    await second.getByRole('button', { name: 'Continue in this tab' }).click();
    await first.getByRole('alert').filter({ hasText: 'This exam is open in another tab' }).waitFor();
    await second.getByRole('navigation', { name: 'Question map' }).getByRole('link', { name: /^Question 3,/ }).click();
    await expectHeading(second, 3);
    await answerCurrent(second, 2);
    await first.keyboard.press('4');
    const final = await saved(second);
    expect(Object.keys(final?.answers ?? {})).toHaveLength(3);
    expect(final?.answers[final.items[0]!.questionId]).toBeDefined();
    expect(final?.answers[final.items[1]!.questionId]).toBeDefined();
    expect(final?.answers[final.items[2]!.questionId]).toBeDefined();
  });

  it('works offline after one visit: reload and sit a mock with the network cut', async () => {
    const { context, page } = await fixture.newPage();
    await page.goto('./');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
    await startMock(page, 'SAA-C03');
    await expectHeading(page, 1);
    await answerCurrent(page, 1);
    await page.getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    // The explanations are a chunk of their own, fetched only now: it must have been precached too.
    await page.getByRole('link', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: 'Answer review' }).waitFor();
    await page.locator('article.reviewed').first().getByRole('heading', { name: 'Explanation' }).waitFor();
    await context.setOffline(false);
  });
});

describe('a full storage', () => {
  it('warns, goes on in memory and offers an export', async () => {
    const { page } = await fixture.newPage();
    await startMock(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.keyboard.press('2');
    await page.getByRole('alert').filter({ hasText: 'Your browser storage is full' }).waitFor();
    expect(await page.locator('.option input').nth(1).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('1');
    expect(await page.locator('.option input').nth(0).isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export data' }).click()]);
    const text = await (await download.createReadStream()).toArray();
    const backup = JSON.parse(Buffer.concat(text as Buffer[]).toString('utf8')) as { data: { active: { answers: Record<string, string[]> } } };
    expect(Object.keys(backup.data.active.answers)).toHaveLength(2);
  });
});
