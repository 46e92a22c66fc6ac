import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';

const fixture = setupBrowser();

const HOSTILE = {
  id: 'hostile-content-check',
  exams: { 'soa-c03': 'security' },
  topics: ['hostile-content'],
  difficulty: 1,
  type: 'single',
  stem: {
    en: 'Which is safe? <script>window.__pwned = "stem"</script> <img src=x onerror="window.__pwned = \'img\'"> [click](javascript:window.__pwned=\'link\')',
    ko: '안전한 것은? <script>window.__pwned = "ko"</script>',
  },
  options: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    en: `Option ${id} <img src=x onerror="window.__pwned='${id}'"> [go](javascript:window.__pwned='opt')`,
    ko: `선택지 ${id}`,
    why: { en: `<script>window.__pwned='why'</script> because ${id}`, ko: `이유 ${id}` },
  })),
  answer: ['a'],
  explanation: { en: '<iframe src="javascript:window.parent.__pwned=1"></iframe> Explained. [x](javascript:window.__pwned=2)', ko: '해설' },
  references: ['https://docs.aws.amazon.com/'],
};

describe('content safety', () => {
  it('shows HTML and script from the bank as text and runs none of it', async () => {
    const { page } = await fixture.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript((hostile) => {
      (window as unknown as { __hostileParse: (s: string) => unknown[] }).__hostileParse = (s: string) => [hostile, ...(JSON.parse(s) as unknown[])];
    }, HOSTILE);
    await page.route(/\/assets\/soa-c03-[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('JSON.parse(', 'window.__hostileParse(');
      await route.fulfill({ response, body });
    });
    await page.goto('./#/drill');
    await page.getByLabel('Topic tags (optional)').selectOption('hostile-content');
    await page.getByText('1 question(s) match').waitFor();
    await page.getByRole('button', { name: 'Start drill' }).click();
    await page.getByText('hostile-content-check').waitFor();
    await page.keyboard.press('1');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('region', { name: 'Correct' }).waitFor();

    const question = page.locator('.exam-main');
    expect(await question.textContent()).toContain('<script>window.__pwned = "stem"</script>');
    expect(await question.locator('script, img, iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
