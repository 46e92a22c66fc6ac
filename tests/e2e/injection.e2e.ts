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
    // The bank comes in two chunks (src/bank/split.ts): what the exam screen shows, and the explanations.
    const { explanation, references, options, ...core } = HOSTILE;
    const parts = {
      core: { ...core, options: options.map(({ id, en, ko }) => ({ id, en, ko })) },
      details: { id: HOSTILE.id, explanation, references, options: options.map(({ why }) => ({ why })) },
    };
    await page.addInitScript((hostile) => {
      const w = window as unknown as Record<string, (s: string) => unknown[]>;
      w.__hostileCore = (s: string) => [hostile.core, ...(JSON.parse(s) as unknown[])];
      w.__hostileDetails = (s: string) => [hostile.details, ...(JSON.parse(s) as unknown[])];
    }, parts);
    for (const [chunk, inject] of [
      [/\/assets\/soa-c03-(?!details-)[^/]+\.js$/, '__hostileCore'],
      [/\/assets\/soa-c03-details-[^/]+\.js$/, '__hostileDetails'],
    ] as const) {
      await page.route(chunk, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('JSON.parse(', `window.${inject}(`);
        await route.fulfill({ response, body });
      });
    }
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
    // The explanations came from the second chunk, and show as text too.
    expect(await question.textContent()).toContain("<script>window.__pwned='why'</script> because a");
    expect(await question.locator('script, img, iframe').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
