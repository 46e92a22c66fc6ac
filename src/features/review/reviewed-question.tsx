import type { Question } from '@/bank/schema';
import type { AttemptItem, OptionId } from '@/engine/types';
import { Markdown } from '@/components/markdown';
import { otherLanguage, useT } from '@/components/use-t';
import type { ItemOutcome } from './review-filters';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

interface ReviewedQuestionProps {
  number: number;
  item: AttemptItem;
  question: Question;
  selected: readonly OptionId[];
  outcome: ItemOutcome;
  flagged: boolean;
  showOther: boolean;
  onToggleLanguage: () => void;
}

/** One question after the exam: the learner's answer, the key, and why each option is right or wrong. */
export function ReviewedQuestion({ number, item, question, selected, outcome, flagged, showOther, onToggleLanguage }: ReviewedQuestionProps) {
  const { t, language } = useT();
  const lang = showOther ? otherLanguage(language) : language;
  const letterOf = (id: OptionId) => LETTERS[item.optionOrder.indexOf(id)] ?? id.toUpperCase();
  const headingId = `rq-${question.id}`;
  return (
    <article className={`reviewed ${outcome}`} aria-labelledby={headingId} lang={lang}>
      <header className="reviewed-head">
        <h2 id={headingId}>
          {t('exam.mapItem', { n: number })} · <span className={`outcome ${outcome}`}>{t(`rv.${outcome}`)}</span>
          {!item.scored && <span className="badge">{t('rv.unscored')}</span>}
          {flagged && <span className="badge">⚑ {t('exam.flagged')}</span>}
        </h2>
        <div className="question-tools">
          <span className="question-id">
            {t('exam.questionId')}: <code>{question.id}</code>
          </span>
          <button type="button" className="ghost small" onClick={onToggleLanguage} aria-pressed={showOther}>
            {language === 'ko' ? t('exam.showOriginal') : t('exam.showTranslation')}
          </button>
        </div>
      </header>
      <Markdown>{question.stem[lang]}</Markdown>
      {question.type === 'multiple' && <p className="select-n">{lang === 'ko' ? `(${question.choose}개 선택)` : `(Select ${question.choose})`}</p>}
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
      </section>
    </article>
  );
}
