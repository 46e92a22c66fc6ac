import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerCurrent, expectHeading, expectTimerMatchesDeadline, installClock, savedDeadline, startMock, timerSeconds } from './support/exam-driver';

const fixture = setupBrowser();

describe('the exam clock', () => {
  it('submits automatically when time runs out', async () => {
    const { page } = await fixture.newPage();
    await installClock(page, '2026-11-23T09:00:00Z');
    await startMock(page);
    await answerCurrent(page, 1);
    await page.keyboard.press('ArrowRight');
    await answerCurrent(page, 2);
    await page.clock.fastForward(125 * 60_000 + 30_000);
    await expectTimerMatchesDeadline(page);
    expect(await timerSeconds(page)).toBeLessThan(5 * 60);
    expect(await page.locator('.countdown.warning').count()).toBe(1);
    await page.clock.fastForward(5 * 60_000);
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    expect(await page.getByText('Time ran out. The exam was submitted automatically').count()).toBe(1);
    expect(await page.getByText(/Time used: 2 h 10 min/).count()).toBe(1);
  });

  it('submits, stamped at the deadline, an exam whose time ran out while the app was closed', async () => {
    const { context, page } = await fixture.newPage();
    await installClock(page, '2026-11-23T09:00:00Z');
    await startMock(page, 'SOA-C03', { esl: true });
    expect(await timerSeconds(page)).toBeGreaterThan(160 * 60 - 5);
    await answerCurrent(page, 1);
    await page.close();

    const later = await context.newPage();
    await installClock(later, '2026-11-24T09:00:00Z');
    await later.goto('./');
    await later.getByText('Your exam’s time ran out while the app was closed.').waitFor();
    await later.getByRole('link', { name: 'View results' }).click();
    await later.getByRole('heading', { name: 'Exam results' }).waitFor();
    expect(await later.getByText(/Time used: 2 h 40 min/).count()).toBe(1);
    expect(await later.getByText(/Time ran out/).count()).toBeGreaterThanOrEqual(1);
  });

  it('keeps the same deadline across a reload', async () => {
    const { page } = await fixture.newPage();
    await installClock(page, '2026-11-23T09:00:00Z');
    await startMock(page);
    const deadline = await savedDeadline(page);
    await page.clock.fastForward(61 * 60_000 + 1_000);
    await expectTimerMatchesDeadline(page);
    expect(await timerSeconds(page)).toBeLessThanOrEqual(69 * 60);
    await page.reload();
    await expectHeading(page, 1);
    expect(await savedDeadline(page)).toBe(deadline);
    await expectTimerMatchesDeadline(page);
  });
});
