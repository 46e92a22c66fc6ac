import type { AnswerLogEntry } from './answer-log';

/** Days until a question in box n (1-based) is due again. Past the last box it is mastered. */
export const BOX_DAYS = [1, 3, 7, 14, 30] as const;

const DAY_MS = 86_400_000;

/** Minutes east of UTC at an instant (Seoul +540, New York −300/−240); the UI passes the browser's. */
export type OffsetAt = (epochMs: number) => number;

/** The learner's calendar day of an instant, as a day count, so "due today" follows local midnight. */
export function localDay(epochMs: number, offsetAt: OffsetAt): number {
  return Math.floor((epochMs + offsetAt(epochMs) * 60_000) / DAY_MS);
}

export interface ScheduleEntry {
  questionId: string;
  box: number;
  /** Local day number on which it is due. */
  dueDay: number;
  lastAnsweredAt: number;
}

export interface Schedule {
  active: ScheduleEntry[];
  mastered: string[];
}

/**
 * Derives the Leitner schedule from the answer log. A miss puts a question in box 1 (due the
 * next day). A correct answer on or after its due day moves it up a box; past box 5 it is
 * mastered. A correct answer before it is due leaves it where it is, so cramming does not count.
 */
export function buildSchedule(log: readonly AnswerLogEntry[], offsetAt: OffsetAt): Schedule {
  const state = new Map<string, ScheduleEntry | 'mastered'>();
  const ordered = [...log].sort((a, b) => a.at - b.at);
  for (const entry of ordered) {
    const day = localDay(entry.at, offsetAt);
    const current = state.get(entry.questionId);
    if (!entry.correct) {
      state.set(entry.questionId, { questionId: entry.questionId, box: 1, dueDay: day + BOX_DAYS[0], lastAnsweredAt: entry.at });
      continue;
    }
    if (!current || current === 'mastered') continue;
    if (day < current.dueDay) {
      state.set(entry.questionId, { ...current, lastAnsweredAt: entry.at });
      continue;
    }
    const box = current.box + 1;
    if (box > BOX_DAYS.length) state.set(entry.questionId, 'mastered');
    else state.set(entry.questionId, { questionId: entry.questionId, box, dueDay: day + BOX_DAYS[box - 1]!, lastAnsweredAt: entry.at });
  }
  const active: ScheduleEntry[] = [];
  const mastered: string[] = [];
  for (const [id, value] of state) {
    if (value === 'mastered') mastered.push(id);
    else active.push(value);
  }
  return { active: active.sort((a, b) => a.dueDay - b.dueDay || a.questionId.localeCompare(b.questionId)), mastered: mastered.sort() };
}

/** Questions due on or before the learner's today. */
export function dueQuestions(schedule: Schedule, now: number, offsetAt: OffsetAt): ScheduleEntry[] {
  const today = localDay(now, offsetAt);
  return schedule.active.filter((e) => e.dueDay <= today);
}
