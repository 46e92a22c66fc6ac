import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerCurrent, expectHeading, startMock } from './support/exam-driver';
import { showsFocus, walkWithTab } from './support/keyboard';

const fixture = setupBrowser();

describe.each([1280, 320])('the exam screen by keyboard at %i px', (width) => {
  it('reaches every control with Tab and shows where focus is on each', async () => {
    const { page } = await fixture.newPage({ width, height: 800 });
    await startMock(page);
    // Answered, flagged and current cells look different in the map; each must still show focus.
    await answerCurrent(page, 1);
    await page.keyboard.press('f');
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, 2);

    for (const screen of ['question', 'review screen'] as const) {
      if (screen === 'review screen') {
        await page.getByRole('button', { name: 'Review screen' }).first().click();
        await page.getByRole('region', { name: 'Review your answers' }).waitFor();
      }
      const { controls, reached } = await walkWithTab(page);
      expect(controls.length, screen).toBeGreaterThan(65);
      expect(reached.map((r) => r.control), screen).toEqual(controls);
      expect(reached.filter((r) => !showsFocus(r)), `${screen}: controls whose focus cannot be seen`).toEqual([]);
    }
  });

  it('operates the map, the flag and the options from the keyboard', async () => {
    const { page } = await fixture.newPage({ width, height: 800 });
    await startMock(page);
    const cell = page.getByRole('navigation', { name: 'Question map' }).getByRole('link', { name: /^Question 5,/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    await expectHeading(page, 5);
    expect(await cell.getAttribute('aria-current')).toBe('page');

    const flag = page.getByRole('button', { name: 'Flag for review' });
    await flag.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Remove flag' }).getAttribute('aria-pressed')).toBe('true');

    const first = page.locator('.option input').first();
    await first.focus();
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
  });
});
