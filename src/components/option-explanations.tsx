import type { QuestionCore } from '@/bank/split';
import type { AttemptItem, OptionId } from '@/engine/types';
import type { Language } from '@/lib/i18n/messages';
import { Markdown } from './markdown';
import { ReportQuestion } from './report-question';
import { useQuestionDetails } from './use-question-details';
import { useT } from './use-t';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

interface OptionExplanationsProps {
  item: AttemptItem;
  question: QuestionCore;
  selected: readonly OptionId[];
  lang: Language;
  examCode: string;
}

/**
 * Each option in the order the learner saw it, marked as key or choice, with why it is right or
 * wrong; then the explanation and references, which come with the bank's details chunk.
 */
export function OptionExplanations({ item, question: core, selected, lang, examCode }: OptionExplanationsProps) {
  const { t } = useT();
  const { question, failed } = useQuestionDetails(core);
  if (!question) return failed ? <p role="alert">{t('error.bankLoad')}</p> : <p aria-busy="true">{t('common.loading')}</p>;
  const letterOf = (id: OptionId) => LETTERS[item.optionOrder.indexOf(id)] ?? id.toUpperCase();
  return (
    <>
      <ul className="reviewed-options">
        {item.optionOrder.map((id) => {
          const option = question.options.find((o) => o.id === id);
          if (!option) return null;
          const isKey = question.answer.includes(id);
          const chosen = selected.includes(id);
          return (
            <li key={id} className={[isKey ? 'key' : '', chosen ? 'chosen' : ''].join(' ')}>
              <div className="reviewed-option">
                <span className="letter">{letterOf(id)}.</span>
                <Markdown inline>{option[lang]}</Markdown>
                <span className="marks">
                  {isKey && <span className="mark key">✓ {t('rv.key')}</span>}
                  {chosen && <span className="mark chosen">● {t('rv.chosen')}</span>}
                </span>
              </div>
              <div className="why">
                <Markdown>{option.why[lang]}</Markdown>
              </div>
            </li>
          );
        })}
      </ul>
      <p>
        <strong>{t('rv.yourAnswer')}:</strong> {selected.length > 0 ? selected.map(letterOf).sort().join(', ') : t('rv.noAnswer')} ·{' '}
        <strong>{t('rv.correctAnswer')}:</strong> {question.answer.map(letterOf).sort().join(', ')}
      </p>
      <section className="explanation">
        <h3>{t('rv.explanation')}</h3>
        <Markdown>{question.explanation[lang]}</Markdown>
        {question.changed && (
          <aside className="changed">
            <h4>{t('rv.changed')}</h4>
            <Markdown>{question.changed[lang]}</Markdown>
          </aside>
        )}
        <h3>{t('rv.references')}</h3>
        <ul className="references">
          {question.references.map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url.replace(/^https:\/\//, '')}
              </a>
            </li>
          ))}
        </ul>
        <ReportQuestion question={question} examCode={examCode} selected={selected} />
      </section>
    </>
  );
}
