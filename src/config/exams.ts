/** Every exam the app ships, in the order the home screen lists them. */
export const EXAM_IDS = ['soa-c03', 'soa-c01', 'saa-c03', 'clf-c02'] as const;

export type ExamId = (typeof EXAM_IDS)[number];

/** The current SysOps/CloudOps Associate is what a new learner most likely needs. */
export const DEFAULT_EXAM_ID: ExamId = 'soa-c03';

export function isExamId(value: unknown): value is ExamId {
  return typeof value === 'string' && (EXAM_IDS as readonly string[]).includes(value);
}
