import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { startMock } from './support/exam-driver';

const fixture = setupBrowser();

describe('Korean and English', () => {
  it('switches the interface, remembers it, and shows any question in the other language', async () => {
    const { page } = await fixture.newPage({ locale: 'ko-KR' });
    await page.goto('./');
    await page.getByRole('heading', { name: 'AWS 자격증 시험을 실전처럼 준비하세요' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.getByRole('button', { name: '화면 언어를 영어로 바꾸기' }).click();
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await startMock(page);
    const stem = page.locator('.stem');
    const english = (await stem.textContent()) ?? '';
    await page.getByRole('button', { name: '한국어로 보기' }).click();
    await expect.poll(async () => (await stem.textContent()) ?? '').not.toBe(english);
    expect(/[가-힣]/.test((await stem.textContent()) ?? '')).toBe(true);
    expect(await page.getByRole('heading', { name: /^Question 1 of 65$/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Switch the interface to Korean' }).click();
    await page.getByRole('heading', { name: '65문항 중 1번' }).waitFor();
  });
});
