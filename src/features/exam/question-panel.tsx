import type { QuestionCore } from '@/bank/split';
import type { AttemptItem, OptionId } from '@/engine/types';
import { Markdown } from '@/components/markdown';
import { QuestionTools } from '@/components/question-tools';
import { otherLanguage, useT } from '@/components/use-t';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

interface QuestionPanelProps {
  item: AttemptItem;
  question: QuestionCore;
  selected: readonly OptionId[];
  showOther: boolean;
  onToggleLanguage: () => void;
  onSelect: (optionId: OptionId) => void;
  disabled?: boolean;
}

/** Stem and options of one question, in the UI language or, on request, the other one. */
export function QuestionPanel({ item, question, selected, showOther, onToggleLanguage, onSelect, disabled = false }: QuestionPanelProps) {
  const { t, language } = useT();
  const lang = showOther ? otherLanguage(language) : language;
  const multiple = question.type === 'multiple';
  const choose = question.choose ?? 1;
  const atLimit = multiple && selected.length >= choose;
  const legendId = `legend-${question.id}`;

  return (
    <div className="question" lang={lang}>
      <QuestionTools questionId={question.id} showOther={showOther} onToggleLanguage={onToggleLanguage} />
      <div className="stem">
        <Markdown>{question.stem[lang]}</Markdown>
      </div>
      <fieldset className="options" disabled={disabled}>
        <legend id={legendId}>
          <span className="visually-hidden">{t('exam.options')} </span>
          {multiple && <strong className="select-n">{lang === 'ko' ? `(${choose}개 선택)` : `(Select ${choose})`}</strong>}
        </legend>
        {multiple && (
          <p className="muted small" aria-live="polite">
            {t('exam.selectedOf', { selected: selected.length, n: choose })}
          </p>
        )}
        {item.optionOrder.map((optionId, position) => {
          const option = question.options.find((o) => o.id === optionId);
          if (!option) return null;
          const checked = selected.includes(optionId);
          const inputId = `opt-${question.id}-${optionId}`;
          return (
            <div key={optionId} className={checked ? 'option checked' : 'option'}>
              <input
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                name={`q-${question.id}`}
                checked={checked}
                disabled={!checked && atLimit}
                onChange={() => onSelect(optionId)}
              />
              <label htmlFor={inputId}>
                <span className="letter" aria-hidden="true">
                  {OPTION_LETTERS[position]}.
                </span>
                <Markdown inline>{option[lang]}</Markdown>
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
