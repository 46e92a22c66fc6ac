import type { ExamId } from '@/config/exams';
import type { OptionId, Question } from '@/bank/schema';

const LETTERS: OptionId[] = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A valid question with readable filler text, for engine and UI tests. */
export function makeQuestion(id: string, exams: Partial<Record<ExamId, string>>, overrides: Partial<Question> = {}): Question {
  const type = overrides.type ?? 'single';
  const optionCount = overrides.options?.length ?? (type === 'single' ? 4 : 5);
  return {
    id,
    exams,
    topics: ['testing'],
    difficulty: 2,
    type,
    stem: { en: `Stem of ${id}`, ko: `${id} 문제` },
    options: LETTERS.slice(0, optionCount).map((letter) => ({
      id: letter,
      en: `Option ${letter.toUpperCase()} of ${id}`,
      ko: `${id}의 선택지 ${letter.toUpperCase()}`,
      why: { en: `Why ${letter}`, ko: `${letter} 이유` },
    })),
    answer: type === 'single' ? ['a'] : ['a', 'b'],
    ...(type === 'multiple' ? { choose: 2 } : {}),
    explanation: { en: `Explanation of ${id}`, ko: `${id} 해설` },
    references: ['https://docs.aws.amazon.com/example'],
    ...overrides,
  };
}

/** `perDomain` questions for every domain of an exam. */
export function makeBank(examId: ExamId, domainIds: readonly string[], perDomain: number): Question[] {
  return domainIds.flatMap((domain) => Array.from({ length: perDomain }, (_, i) => makeQuestion(`${examId}-${domain}-${i}`, { [examId]: domain })));
}
