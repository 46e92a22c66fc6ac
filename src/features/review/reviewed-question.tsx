import type { QuestionCore } from '@/bank/split';
import type { AttemptItem, OptionId } from '@/engine/types';
import { Markdown } from '@/components/markdown';
import { OptionExplanations } from '@/components/option-explanations';
import { QuestionTools } from '@/components/question-tools';
import { otherLanguage, useT } from '@/components/use-t';
import type { ItemOutcome } from './review-filters';

interface ReviewedQuestionProps {
  number: number;
  item: AttemptItem;
  question: QuestionCore;
  selected: readonly OptionId[];
  outcome: ItemOutcome;
  flagged: boolean;
  showOther: boolean;
  onToggleLanguage: () => void;
  examCode: string;
}

/** One question after the exam: the learner's answer, the key, and why each option is right or wrong. */
export function ReviewedQuestion({ number, item, question, selected, outcome, flagged, showOther, onToggleLanguage, examCode }: ReviewedQuestionProps) {
  const { t, language } = useT();
  const lang = showOther ? otherLanguage(language) : language;
  const headingId = `rq-${question.id}`;
  return (
    <article className={`reviewed ${outcome}`} aria-labelledby={headingId} lang={lang}>
      <header className="reviewed-head">
        <h2 id={headingId}>
          {t('exam.mapItem', { n: number })} · <span className={`outcome ${outcome}`}>{t(`rv.${outcome}`)}</span>
          {!item.scored && <span className="badge">{t('rv.unscored')}</span>}
          {flagged && <span className="badge">⚑ {t('exam.flagged')}</span>}
        </h2>
        <QuestionTools questionId={question.id} showOther={showOther} onToggleLanguage={onToggleLanguage} />
      </header>
      <Markdown>{question.stem[lang]}</Markdown>
      {question.type === 'multiple' && <p className="select-n">{lang === 'ko' ? `(${question.choose}개 선택)` : `(Select ${question.choose})`}</p>}
      <OptionExplanations item={item} question={question} selected={selected} lang={lang} examCode={examCode} />
    </article>
  );
}
