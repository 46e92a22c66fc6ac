import { useId, useState } from 'react';
import type { Question } from '@/bank/schema';
import type { OptionId } from '@/engine/types';
import { Dialog } from './dialog';
import { useT } from './use-t';

/** The text a learner sends when they think a key or explanation is wrong: the id says exactly which question. */
export function reportText(question: Question, examCode: string, selected: readonly OptionId[], note: string): string {
  return [
    `Question ${question.id} (${examCode})`,
    `Key: ${question.answer.join(', ')} · My answer: ${selected.length > 0 ? selected.join(', ') : '—'} (option ids as in the bank)`,
    `References: ${question.references.join(' ')}`,
    '',
    note.trim() || '(no details given)',
  ].join('\n');
}

/** "Report a problem": writes a report the learner can paste wherever they send feedback. */
export function ReportQuestion({ question, examCode, selected }: { question: Question; examCode: string; selected: readonly OptionId[] }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const noteId = useId();
  const text = reportText(question, examCode, selected, note);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <>
      <button type="button" className="ghost small" onClick={() => setOpen(true)}>
        {t('report.open')}
      </button>
      {open && (
        <Dialog
          title={t('report.title', { id: question.id })}
          onClose={() => setOpen(false)}
          actions={
            <>
              <button type="button" onClick={() => setOpen(false)}>
                {t('common.close')}
              </button>
              <button type="button" className="primary" onClick={() => void copy()}>
                {t('report.copy')}
              </button>
            </>
          }
        >
          <p>{t('report.body')}</p>
          <label htmlFor={noteId}>{t('report.note')}</label>
          <textarea id={noteId} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
          <pre className="report-preview" aria-label={t('report.preview')}>
            {text}
          </pre>
          {copied !== 'idle' && (
            <p role="status" className={copied === 'done' ? 'ok-text' : 'error'}>
              {copied === 'done' ? t('report.copied') : t('report.copyFailed')}
            </p>
          )}
        </Dialog>
      )}
    </>
  );
}
