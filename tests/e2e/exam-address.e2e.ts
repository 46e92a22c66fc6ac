import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { expectHeading, startMock } from './support/exam-driver';
import { savedState } from './support/storage';

const fixture = setupBrowser();

const hash = (page: Page) => page.evaluate(() => location.hash);
const savedCurrent = async (page: Page) => (await savedState<{ active: { current: number } | null }>(page, 'aws-sim:attempt'))?.active?.current;

describe('the address of each exam question', () => {
  it('follows every way of moving without adding history entries, so Back leaves the exam', async () => {
    const { page } = await fixture.newPage();
    await startMock(page);
    await expect.poll(() => hash(page)).toBe('#/exam/1');
    const entries = await page.evaluate(() => history.length);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectHeading(page, 3);
    await expect.poll(() => hash(page)).toBe('#/exam/3');

    const map = page.getByRole('navigation', { name: 'Question map' });
    const link = map.getByRole('link', { name: /^Question 10,/ });
    expect(await link.getAttribute('href')).toBe('#/exam/10');
    await link.click();
    await expectHeading(page, 10);
    expect(await link.getAttribute('aria-current')).toBe('page');
    await expect.poll(() => hash(page)).toBe('#/exam/10');
    expect(await savedCurrent(page)).toBe(9);

    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => hash(page)).toBe('#/exam/9');
    await page.getByRole('button', { name: 'Review screen' }).first().click();
    await page.getByRole('region', { name: 'Review your answers' }).getByRole('link', { name: /^Question 2\b/ }).click();
    await expectHeading(page, 2);
    await expect.poll(() => hash(page)).toBe('#/exam/2');
    expect(await page.evaluate(() => history.length)).toBe(entries);

    await page.goBack();
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
    await page.goForward();
    await expectHeading(page, 2);
  });

  it('goes to a question typed in the address bar, and puts an address that names none back to the saved question', async () => {
    const { page } = await fixture.newPage();
    await startMock(page);
    await page.evaluate(() => (location.hash = '#/exam/7'));
    await expectHeading(page, 7);
    await expect.poll(() => savedCurrent(page)).toBe(6);

    for (const wrong of ['#/exam/66', '#/exam/0', '#/exam/seven']) {
      await page.evaluate((address) => (location.hash = address), wrong);
      await expect.poll(() => hash(page)).toBe('#/exam/7');
      await expectHeading(page, 7);
    }
    expect(await savedCurrent(page)).toBe(6);
  });

  it('comes back at the saved question after a reload, whatever number the address still shows', async () => {
    const { page } = await fixture.newPage();
    await startMock(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hash(page)).toBe('#/exam/2');
    // As if the reload came right after a move, before the address had followed it.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('aws-sim:attempt')!) as { state: { active: { current: number } } };
      saved.state.active.current = 11;
      localStorage.setItem('aws-sim:attempt', JSON.stringify(saved));
    });
    await page.reload();
    await expectHeading(page, 12);
    await expect.poll(() => hash(page)).toBe('#/exam/12');
  });

  it('says there is no exam in progress at a question address without one', async () => {
    const { page } = await fixture.newPage();
    await page.goto('./#/exam/5');
    await page.getByText('There is no exam in progress.').waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
  });
});
