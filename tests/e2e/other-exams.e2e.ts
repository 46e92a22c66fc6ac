import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { answerCurrent, expectHeading, startMock, timerSeconds } from './support/exam-driver';

const fixture = setupBrowser();

describe.each([
  { code: 'SAA-C03', minutes: 130, pass: 720, domains: 4, scored: 50 },
  { code: 'CLF-C02', minutes: 90, pass: 700, domains: 4, scored: 50 },
  { code: 'SOA-C01', minutes: 130, pass: 720, domains: 7, scored: 65 },
])('a full $code mock', ({ code, minutes, pass, domains, scored }) => {
  it(`is sat to its results: 65 questions, ${minutes} minutes, ${pass} to pass`, async () => {
    const { page } = await fixture.newPage();
    await startMock(page, code, { unscored: scored < 65 });
    expect(await page.locator('.exam-code').first().textContent()).toBe(code);
    expect(await timerSeconds(page)).toBeGreaterThan(minutes * 60 - 5);
    expect(await timerSeconds(page)).toBeLessThanOrEqual(minutes * 60);
    for (let n = 1; n <= 65; n += 1) {
      await expectHeading(page, n);
      await answerCurrent(page, 1 + (n % 4));
      if (n < 65) await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('button', { name: 'End exam' }).click();
    const dialog = page.getByRole('dialog', { name: 'End the exam?' });
    expect(await dialog.textContent()).toContain('All questions are answered.');
    await dialog.getByRole('button', { name: 'End exam' }).click();
    await page.getByRole('heading', { name: 'Exam results' }).waitFor();
    expect(await page.getByText(`Passing score: ${pass}`).count()).toBe(1);
    expect(await page.getByText(new RegExp(`of ${scored} scored questions correct`)).count()).toBe(1);
    expect(await page.getByText(/Unscored pretest items: \d+ of 15 correct/).count()).toBe(scored < 65 ? 1 : 0);
    expect(await page.getByRole('table').first().locator('tbody tr').count()).toBe(domains);
  });
});
