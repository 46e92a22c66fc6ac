import type { QuestionCore } from '@/bank/split';
import { isCorrect } from '@/engine/scoring';
import type { AttemptItem, OptionId } from '@/engine/types';
import { OptionExplanations } from '@/components/option-explanations';
import { otherLanguage, useT } from '@/components/use-t';

interface PracticeFeedbackProps {
  item: AttemptItem;
  question: QuestionCore;
  selected: readonly OptionId[];
  showOther: boolean;
  examCode: string;
}

/** Practice mode: right after checking, whether it was right and why each option is right or wrong. */
export function PracticeFeedback({ item, question, selected, showOther, examCode }: PracticeFeedbackProps) {
  const { t, language } = useT();
  const lang = showOther ? otherLanguage(language) : language;
  const right = isCorrect(question, selected);
  return (
    <section className={right ? 'feedback correct' : 'feedback incorrect'} aria-label={right ? t('exam.correctFeedback') : t('exam.incorrectFeedback')} lang={lang}>
      {/* The status is inside the heading, not on it: a role on the h2 would stop it being a heading. */}
      <h2 className={right ? 'outcome correct' : 'outcome incorrect'}>
        <span role="status">{right ? `✓ ${t('exam.correctFeedback')}` : `✗ ${t('exam.incorrectFeedback')}`}</span>
      </h2>
      <OptionExplanations item={item} question={question} selected={selected} lang={lang} examCode={examCode} />
    </section>
  );
}
