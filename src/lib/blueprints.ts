import blueprints from 'virtual:blueprints';
import type { Blueprint } from '@/bank/schema';
import type { ExamId } from '@/config/exams';

/** All exam blueprints, compiled from questions/blueprints at build time. */
export const BLUEPRINTS: readonly Blueprint[] = blueprints;

export function getBlueprint(id: ExamId): Blueprint {
  const found = BLUEPRINTS.find((bp) => bp.id === id);
  if (!found) throw new Error(`No blueprint for ${id}`);
  return found;
}
