import { createAttempt, finish, selectOption, toggleFlag } from '@/engine/attempt';
import { getBlueprint } from '@/lib/blueprints';
import { createBackup, importBackup } from '@/stores/backup';
import { useHistoryStore } from '@/stores/history-store';
import { makeQuestion } from '../utils/make-question';

const questions = [makeQuestion('bk-1', { 'soa-c03': 'monitoring' }), makeQuestion('bk-2', { 'soa-c03': 'security' })];

function finished(id: string, at: number) {
  let a = createAttempt({
    id,
    examId: 'soa-c03',
    mode: 'mock',
    seed: 2,
    now: at - 60_000,
    minutes: 130,
    settings: { esl: true, unscored: false, practice: false },
    items: questions.map((q) => ({ questionId: q.id, domainId: q.exams['soa-c03']!, scored: true, optionOrder: ['c', 'd', 'a', 'b'] })),
  });
  a = selectOption(a, questions[1]!, 'b');
  a = toggleFlag(a, 'bk-1');
  return finish(a, new Map(questions.map((q) => [q.id, q])), getBlueprint('soa-c03'), at, 'submitted');
}

describe('backup', () => {
  it('exports whole attempts and imports them back exactly', () => {
    const attempts = [finished('bk-b', 300_000), finished('bk-a', 200_000)];
    useHistoryStore.getState().addAll(attempts);
    const text = JSON.stringify(createBackup(1_000));
    expect((JSON.parse(text) as { data: { history: unknown[] } }).data.history).toEqual(attempts);
    useHistoryStore.setState({ questionIds: [], attempts: [] });
    expect(importBackup(text)).toMatchObject({ ok: true, addedAttempts: 2, skippedAttempts: 0 });
    expect(useHistoryStore.getState().openAll()).toEqual(attempts);
  });

  it('imports a file exported before history was packed, and never files an attempt twice', () => {
    // Backups have always carried plain attempts; this is one as the previous version wrote it.
    const old = { format: 'aws-exam-simulator-backup', version: 1, exportedAt: 1, data: { settings: { language: 'en', examId: 'soa-c03', esl: false, unscored: false, theme: 'system' }, history: [finished('bk-old', 400_000)], answerLog: [], active: null } };
    useHistoryStore.getState().add(finished('bk-here', 100_000));
    expect(importBackup(JSON.stringify(old))).toMatchObject({ ok: true, addedAttempts: 1 });
    expect(importBackup(JSON.stringify(old))).toMatchObject({ ok: true, addedAttempts: 0, skippedAttempts: 1 });
    expect(useHistoryStore.getState().openAll()).toEqual([finished('bk-old', 400_000), finished('bk-here', 100_000)]);
  });
});
