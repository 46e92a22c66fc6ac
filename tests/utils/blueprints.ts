import { resolve } from 'node:path';
import { loadBank } from '../../scripts/bank/load';
import type { Blueprint } from '@/bank/schema';
import type { ExamId } from '@/config/exams';

const loaded = loadBank(resolve(__dirname, '../../questions'));

/** The real blueprints from questions/blueprints, validated as the build validates them. */
export function blueprint(id: ExamId): Blueprint {
  const found = loaded.blueprints.find((bp) => bp.id === id);
  if (!found) throw new Error(`no blueprint ${id}`);
  return found;
}

export const realBank = loaded;
