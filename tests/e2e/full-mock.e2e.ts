import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerCurrent, checkedLetters, currentQuestionId, expectHeading, expectTimerMatchesDeadline, installClock, savedDeadline, startMock, timerSeconds } from './support/exam-driver';

const fixture = setupBrowser();

describe('a full SOA-C03 mock exam', () => {
  it('is sat from start to results, survives a reload, and is reviewed from history', async () => {
    const { page } = await fixture.newPage();
    await installClock(page, '2026-11-23T09:00:00Z');
    await startMock(page);
    await expectHeading(page, 1);
    expect(await timerSeconds(page)).toBeGreaterThanOrEqual(130 * 60 - 2);
    const deadline = await savedDeadline(page);

    const seen: { id: string; letters: string; flagged: boolean }[] = [];
    for (let n = 1; n <= 30; n += 1) {
      await expectHeading(page, n);
      if (n % 4 !== 0) await answerCurrent(page, ((n - 1) % 4) + 1);
      const flagged = n % 7 === 0;
      if (flagged) await page.keyboard.press('f');
      seen.push({ id: await currentQuestionId(page), letters: await checkedLetters(page), flagged });
      await page.keyboard.press('ArrowRight');
    }
    await page.clock.fastForward(25 * 60_000);
    expect(Math.abs((await timerSeconds(page)) - 105 * 60)).toBeLessThanOrEqual(10);
    await expectTimerMatchesDeadline(page);

    await page.reload();
    await expectHeading(page, 31);
    expect(await savedDeadline(page)).toBe(deadline);
    await expectTimerMatchesDeadline(page);
    const map = page.getByRole('navigation', { name: 'Question map' });
    for (const [index, entry] of seen.entries()) {
      await map.getByRole('link', { name: new RegExp(`^Question ${index + 1},`) }).click();
      await expectHeading(page, index + 1);
      expect(await currentQuestionId(page)).toBe(entry.id);
      expect(await checkedLetters(page)).toBe(entry.letters);
      const flagButton = page.getByRole('button', { name: /Flag for review|Remove flag/ });
      expect(await flagButton.getAttribute('aria-pressed')).toBe(String(entry.flagged));
    }

    await map.getByRole('link', { name: /^Question 31,/ }).click();
    for (let n = 31; n <= 65; n += 1) {
      await expectHeading(page, n);
      if (n !== 40) await answerCurrent(page, 1);
      if (n < 65) await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('button', { name: 'Review screen' }).first().click();
    const review = page.getByRole('region', { name: 'Review your answers' });
    await expect.poll(() => review.locator('li').count()).toBe(65);
    expect(await review.getByText(/answered · \d+ unanswered · 4 flagged/).count()).toBe(1);
    await review.getByRole('button', { name: 'End review and finish exam' }).click();
    const dialog = page.getByRole('dialog', { name: 'End the exam?' });
    expect(await dialog.textContent()).toContain('You have 8 unanswered question(s).');
    await dialog.getByRole('button', { name: 'End exam' }).click();

    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    const score = Number(await page.locator('.score-value').textContent());
    expect(score).toBeGreaterThanOrEqual(100);
    expect(score).toBeLessThanOrEqual(1000);
    expect(await page.getByText(/of 65 scored questions correct/).count()).toBe(1);
    expect(await page.getByRole('table').locator('tbody tr').count()).toBe(5);
    expect(await page.getByText('How this score is calculated').count()).toBe(1);

    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(String(score));
    await rows.first().getByRole('link', { name: /Open the attempt/ }).click();
    await page.getByRole('link', { name: 'Review answers' }).click();
    await page.getByRole('heading', { name: 'Answer review' }).waitFor();
    await expect.poll(() => page.locator('article.reviewed').count()).toBe(65);
    await page.getByRole('radio', { name: 'Unanswered' }).check();
    expect(await page.locator('article.reviewed').count()).toBe(8);
    await page.getByRole('radio', { name: 'Flagged' }).check();
    expect(await page.locator('article.reviewed').count()).toBe(4);
    const first = page.locator('article.reviewed').first();
    expect(await first.getByText('Explanation').count()).toBe(1);
    expect(await first.locator('.why').count()).toBeGreaterThanOrEqual(4);
    expect(await first.locator('.references a').count()).toBeGreaterThanOrEqual(1);
  });
});
