import { useState } from 'react';
import { useT } from './use-t';

/** The question's stable id (what learners quote when they report a problem) and the switch to the other language. */
export function QuestionTools({ questionId, showOther, onToggleLanguage }: { questionId: string; showOther: boolean; onToggleLanguage: () => void }) {
  const { t, language } = useT();
  return (
    <div className="question-tools">
      <span className="question-id">
        {t('exam.questionId')}: <code>{questionId}</code>
      </span>
      <button type="button" className="ghost small" onClick={onToggleLanguage} aria-pressed={showOther}>
        {language === 'ko' ? t('exam.showOriginal') : t('exam.showTranslation')}
      </button>
    </div>
  );
}

/** Which questions the learner is reading in the other language. */
export function useOtherLanguage(): { isOther: (id: string) => boolean; toggle: (id: string) => void } {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  return {
    isOther: (id) => ids.has(id),
    toggle: (id) =>
      setIds((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
  };
}
