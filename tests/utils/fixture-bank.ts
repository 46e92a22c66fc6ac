import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A questions/ folder with the real blueprints and the given fixture files from tests/fixtures/bank. */
export function fixtureBank(...fixtures: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'bank-'));
  made.push(root);
  const questions = join(root, 'questions');
  cpSync(join(ROOT, 'questions/blueprints'), join(questions, 'blueprints'), { recursive: true });
  for (const f of fixtures) cpSync(join(ROOT, 'tests/fixtures/bank', f), join(questions, 'bank', f));
  return questions;
}
