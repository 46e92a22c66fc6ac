import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupBrowser } from './support/browser';
import { seedStorage, storageSnapshot } from './support/storage';

const fixture = setupBrowser();

async function sitShortDrill(page: Page) {
  await page.goto('./#/drill');
  await page.getByText(/question\(s\) match/).waitFor();
  await page.getByRole('button', { name: 'Start drill' }).click();
  await page.getByText('Drill · practice mode').waitFor();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'End drill' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End exam' }).click();
  await page.getByRole('heading', { name: 'Drill results' }).waitFor();
}

async function exportBackup(page: Page): Promise<string> {
  await page.goto('./#/data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all data' }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

async function importText(page: Page, text: string, name = 'backup.json') {
  await page.getByLabel('Backup file (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('export and import', () => {
  it('refuses bad files without changing anything and merges a good one by attempt id', async () => {
    const { page } = await fixture.newPage();
    await sitShortDrill(page);
    const good = await exportBackup(page);
    const backup = JSON.parse(good) as { data: { history: { id: string }[]; settings: Record<string, unknown> }; [k: string]: unknown };
    expect(backup.data.history).toHaveLength(1);
    const before = await storageSnapshot(page);

    const clone = () => JSON.parse(good) as typeof backup & Record<string, unknown>;
    const bad: [string, string][] = [
      ['not JSON', '{"format": "aws-exam'],
      ['empty', ''],
      ['an array', '[]'],
      ['another app', JSON.stringify({ format: 'something-else', version: 1 })],
      ['a newer version', JSON.stringify({ ...clone(), version: 99 })],
      ['no data', JSON.stringify({ ...clone(), data: undefined })],
      ['history not a list', JSON.stringify({ ...clone(), data: { ...clone().data, history: 'all of it' } })],
      ['unknown exam', JSON.stringify({ ...clone(), data: { ...clone().data, history: [{ ...clone().data.history[0], examId: 'xyz-c01' }] } })],
      ['hostile settings', JSON.stringify({ ...clone(), data: { ...clone().data, settings: { ...clone().data.settings, language: '<script>window.__pwned=1</script>' } } })],
      ['an extra field', JSON.stringify({ ...clone(), extra: 'javascript:alert(1)' })],
      ['an attempt id that is not an id', JSON.stringify({ ...clone(), data: { ...clone().data, history: [{ ...clone().data.history[0], id: '../<script>x</script>' }] } })],
      ['negative times', JSON.stringify({ ...clone(), exportedAt: -5 })],
      ['huge', JSON.stringify({ ...clone(), padding: 'x'.repeat(21 * 1024 * 1024) })],
    ];
    for (const [label, text] of bad) {
      await importText(page, text, `${label}.json`);
      const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
      await alert.waitFor();
      expect(await storageSnapshot(page), label).toEqual(before);
      await page.reload();
    }

    await importText(page, good);
    await page.getByText('Imported: 0 attempt(s) added, 1 already here').waitFor();

    // A valid file whose strings carry script, an onerror image and a javascript: link: accepted, shown as text, never run.
    const hostile = '<script>__pwned=1</script><img src=x onerror=__pwned=2>[a](javascript:__pwned=3)';
    const second = clone() as unknown as { data: { history: { id: string; items: { questionId: string }[]; answers: Record<string, string[]> }[] } };
    const attempt = second.data.history[0]!;
    attempt.id = 'imported-attempt-1';
    const firstId = attempt.items[0]!.questionId;
    attempt.items[0]!.questionId = hostile;
    attempt.answers = Object.fromEntries(Object.entries(attempt.answers).map(([k, v]) => [k === firstId ? hostile : k, v]));
    await page.reload();
    await importText(page, JSON.stringify(second));
    await page.getByText(/Imported: 1 attempt\(s\) added, 0 already here/).waitFor();
    await page.goto('./#/history');
    await expect.poll(() => page.getByRole('table').locator('tbody tr').count()).toBe(2);
    await page.goto(`./#/results/${encodeURIComponent(attempt.id)}`);
    await page.getByRole('heading', { name: 'Drill results' }).waitFor();
    await page.getByRole('link', { name: 'Review answers' }).click();
    await page.getByText(/no longer in the bank/).first().waitFor();
    expect(await page.locator("main").textContent()).toContain(hostile);
    expect(await page.locator('main script, main img, main a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('stored data that cannot be read', () => {
  const broken: [string, Record<string, string>][] = [
    ['attempt not JSON', { 'aws-sim:attempt': '{"state": {"active": ' }],
    ['attempt null', { 'aws-sim:attempt': 'null' }],
    ['attempt of the wrong shape', { 'aws-sim:attempt': JSON.stringify({ state: { active: { id: 7, items: 'none' } }, version: 2 }) }],
    ['attempt past its last question', { 'aws-sim:attempt': JSON.stringify({ state: { active: { id: 'x', examId: 'soa-c03', mode: 'mock', seed: 1, startedAt: 1, deadline: 2, settings: { esl: false, unscored: false, practice: false }, items: [{ questionId: 'q', domainId: 'monitoring', scored: true, optionOrder: ['a', 'b', 'c', 'd'] }], answers: {}, flagged: [], revealed: [], current: 9, secondsSpent: {}, pausedAt: null, pausedMs: 0, finishedAt: null, endedBy: null, result: null } }, version: 2 }) }],
    ['history from a newer version', { 'aws-sim:history': JSON.stringify({ state: { attempts: [] }, version: 99 }) }],
    ['history with unreadable attempts', { 'aws-sim:history': JSON.stringify({ state: { attempts: [{ id: 'broken' }, 42] }, version: 2 }) }],
    ['history without state', { 'aws-sim:history': JSON.stringify({ version: 2 }) }],
    ['settings in an unknown language', { 'aws-sim:settings': JSON.stringify({ state: { language: 'fr', examId: 'soa-c03', esl: false, unscored: false, theme: 'system' }, version: 1 }) }],
    ['settings cut short', { 'aws-sim:settings': '{"state":{"lang' }],
    ['answer log not a list', { 'aws-sim:answer-log': JSON.stringify({ state: { entries: { a: 1 } }, version: 1 }) }],
    ['answer log with bad entries', { 'aws-sim:answer-log': JSON.stringify({ state: { entries: [{ questionId: 'q', at: -1 }] }, version: 1 }) }],
  ];

  for (const [label, seed] of broken) {
    it(`starts, keeps the data aside and says so: ${label}`, async () => {
      const { page } = await fixture.newPage();
      await seedStorage(page, seed);
      await page.goto('./');
      await page.getByRole('heading', { name: 'Practice for your AWS certification' }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'could not be read' }).first().waitFor();
      const [key, raw] = Object.entries(seed)[0]!;
      const kept = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:kept-aside:`)).map((x) => localStorage.getItem(x)), key);
      expect(kept).toEqual([raw]);
      await page.getByRole('link', { name: 'Your data' }).first().click();
      await page.getByRole('button', { name: 'Download' }).first().waitFor();
    });
  }

  it('migrates an attempt saved by an older version instead of setting it aside', async () => {
    const { page } = await fixture.newPage();
    await page.goto('./');
    await page.getByRole('button', { name: 'Start full mock exam' }).click();
    await page.getByRole('timer').waitFor();
    await page.keyboard.press('1');
    const v2 = await page.evaluate(() => localStorage.getItem('aws-sim:attempt')!);
    const v1 = JSON.parse(v2) as { state: { active: Record<string, unknown> }; version: number };
    delete v1.state.active.revealed;
    v1.version = 1;
    await page.evaluate((text) => localStorage.setItem('aws-sim:attempt', text), JSON.stringify(v1));
    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(0);
    expect(await page.locator('.option input').first().isChecked()).toBe(true);
  });
});
