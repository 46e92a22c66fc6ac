import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerAndCheck, answerCurrent, expectHeading, installClock, startMock, startPracticeDrill } from './support/exam-driver';

const fixture = setupBrowser();

describe('drills and practice', () => {
  it('sits a short drill in practice mode with feedback after each answer', async () => {
    const { page } = await fixture.newPage();
    await startPracticeDrill(page, 5);
    for (let n = 1; n <= 5; n += 1) {
      await expectHeading(page, n, 5);
      await answerAndCheck(page, 2);
      if (n < 5) await page.getByRole('button', { name: /Next/ }).click();
    }
    await page.getByRole('button', { name: /Pause/ }).click();
    await page.getByRole('heading', { name: 'Paused' }).waitFor();
    await page.getByRole('button', { name: /Resume/ }).click();
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Drill results' }).waitFor();
    expect(await page.getByText(/of 5 correct/).count()).toBe(1);
  });

  it('retakes the missed questions of a mock', async () => {
    const { page } = await fixture.newPage();
    await startMock(page);
    for (let n = 1; n <= 3; n += 1) {
      await answerCurrent(page, 1);
      await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    const missedButton = page.getByRole('button', { name: /^Incorrect and unanswered \(\d+\)$/ });
    const missed = Number(/\((\d+)\)/.exec((await missedButton.textContent()) ?? '')?.[1]);
    expect(missed).toBeGreaterThanOrEqual(62);
    await missedButton.click();
    await page.getByText('Drill · practice mode').waitFor();
    await expectHeading(page, 1, missed);
  });

  it('brings missed questions back on the home screen the next day', async () => {
    const { page } = await fixture.newPage({ timezoneId: 'Asia/Seoul' });
    await installClock(page, '2026-11-23T12:00:00+09:00');
    await startPracticeDrill(page, 5);
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Drill results' }).waitFor();
    await page.goto('./');
    await expect.poll(() => page.getByTestId('due-count').textContent()).toBe('0 question(s) due today');

    // 23:59 the same evening in Seoul: still not due.
    await page.clock.setSystemTime(new Date('2026-11-23T23:59:00+09:00'));
    await page.reload();
    await expect.poll(() => page.getByTestId('due-count').textContent()).toBe('0 question(s) due today');

    await page.clock.setSystemTime(new Date('2026-11-24T00:01:00+09:00'));
    await page.reload();
    await expect.poll(() => page.getByTestId('due-count').textContent()).toBe('5 question(s) due today');
    await page.getByRole('button', { name: 'Start today’s re-drill' }).click();
    await page.getByText('Drill · practice mode').waitFor();
    await expectHeading(page, 1, 5);
  });
});
