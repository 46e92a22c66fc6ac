import type { Attempt, AttemptItem, OptionId } from '@/engine/types';
import { sameJson } from '@/lib/same-json';

/** The per-question part of an attempt; the rest is its summary. */
export type AttemptDetail = Pick<Attempt, 'items' | 'answers' | 'flagged' | 'revealed' | 'secondsSpent'>;

/**
 * How history (v4) saves an attempt's questions. Every item is 10 characters of the base64url
 * alphabet, so 65 questions take 650 characters, and JSON.parse sees one string instead of some
 * 400 values:
 *
 *   2  the question: its position in the history's question-id table (below 4,096)
 *   1  its domain: position in `dm` × 2, + 1 when scored (below 32 domains)
 *   2  the option order (see arrangementCode)
 *   2  the chosen options in the order chosen, + 1; 0 when never chosen (an emptied choice is 1)
 *   3  seconds spent, in tenths + 1; 0 when never timed
 *
 * Only the history's question table makes the ids small, so a packed detail means nothing without it.
 */
export interface PackedDetail {
  /** Distinct domain ids of the attempt. */
  dm: string[];
  /** ITEM_CHARS characters per item, in exam order. */
  it: string;
  /** Items flagged and items whose key was shown, as item positions in the order they happened. */
  f: number[];
  r: number[];
}

export const ITEM_CHARS = 10;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
const LETTERS: readonly OptionId[] = ['a', 'b', 'c', 'd', 'e', 'f'];
const MAX_THREE_CHARS = 64 ** 3 - 1;
const MAX_QUESTIONS = 64 ** 2;
const MAX_DOMAINS = 32;

/** How many lists of k different letters a–f there are (6 × 5 × … k times), and where the codes of each length start. */
const ARRANGEMENTS = [1, 6, 30, 120, 360, 720, 720];
const FIRST_CODE = ARRANGEMENTS.map((_, k) => ARRANGEMENTS.slice(0, k).reduce((sum, n) => sum + n, 0));

function digits(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i += 1) {
    out = ALPHABET[value % 64]! + out;
    value = Math.floor(value / 64);
  }
  return out;
}

/** The number in `width` characters at `at`, or NaN if one is not in the alphabet. */
function read(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = at; i < at + width; i += 1) value = value * 64 + (VALUE.get(text[i]!) ?? Number.NaN);
  return value;
}

/**
 * A list of different letters a–f (an option order, or the options chosen in the order chosen) as
 * one number below 1,957: lists of each length take their own range, and within it the list is a
 * number whose digits are each letter's place among the letters not used yet. Order is kept;
 * a list with a repeat or another letter has no code (-1).
 */
function arrangementCode(letters: readonly string[]): number {
  const left = [...LETTERS] as string[];
  let rank = 0;
  for (const letter of letters) {
    const at = left.indexOf(letter);
    if (at < 0) return -1;
    rank = rank * left.length + at;
    left.splice(at, 1);
  }
  return letters.length < ARRANGEMENTS.length ? FIRST_CODE[letters.length]! + rank : -1;
}

/** Back to letters; a code past the last list is damage, which `undefined` lets the schema reject. */
function codeArrangement(code: number): OptionId[] | undefined {
  const k = FIRST_CODE.filter((first) => first <= code).length - 1;
  if (k < 0 || code >= FIRST_CODE[k]! + ARRANGEMENTS[k]!) return undefined;
  let rank = code - FIRST_CODE[k]!;
  const places: number[] = [];
  for (let i = k - 1; i >= 0; i -= 1) {
    const radix = LETTERS.length - i;
    places.unshift(rank % radix);
    rank = Math.floor(rank / radix);
  }
  const left = [...LETTERS];
  return places.map((at) => left.splice(at, 1)[0]!);
}

/** The history's question ids, with the position of each; new ids are added at the end. */
export class QuestionTable {
  readonly ids: string[];
  private readonly index = new Map<string, number>();

  constructor(ids: readonly string[]) {
    this.ids = [...ids];
    this.ids.forEach((id, i) => this.index.has(id) || this.index.set(id, i));
  }

  positionOf(id: string): number {
    let at = this.index.get(id);
    if (at === undefined) {
      at = this.ids.push(id) - 1;
      this.index.set(id, at);
    }
    return at;
  }
}

/**
 * The packed form of an attempt's questions, or null when it cannot hold them exactly (an answer
 * for a question the attempt does not have, a letter outside a–f, more than 4,096 questions in
 * the table, time that is not whole tenths…); the caller then saves the plain form. Ids new to
 * the table are added to it, also when the result is null: an unused id costs a few bytes, never a wrong answer.
 */
export function packDetail(detail: AttemptDetail, table: QuestionTable): PackedDetail | null {
  const dm = [...new Set(detail.items.map((i) => i.domainId))];
  if (dm.length > MAX_DOMAINS) return null;
  const position = new Map(detail.items.map((item, i) => [item.questionId, i]));
  let it = '';
  for (const item of detail.items) {
    const question = table.positionOf(item.questionId);
    const answer = detail.answers[item.questionId];
    const seconds = detail.secondsSpent[item.questionId];
    const tenths = seconds === undefined ? 0 : Math.round(seconds * 10) + 1;
    const order = arrangementCode(item.optionOrder);
    const chosen = answer === undefined ? 0 : arrangementCode(answer) + 1;
    // Out of range would wrap around in `digits`; the round trip below would catch it too, later and less plainly.
    if (question >= MAX_QUESTIONS || order < 0 || (answer !== undefined && chosen === 0) || !(tenths >= 0 && tenths <= MAX_THREE_CHARS)) return null;
    it += digits(question, 2) + digits(dm.indexOf(item.domainId) * 2 + (item.scored ? 1 : 0), 1) + digits(order, 2) + digits(chosen, 2) + digits(tenths, 3);
  }
  const positions = (ids: readonly string[]) => ids.map((id) => position.get(id) ?? -1);
  const packed: PackedDetail = { dm, it, f: positions(detail.flagged), r: positions(detail.revealed) };
  // Whatever the format cannot say shows up as a difference here, rather than as a changed attempt later.
  return sameJson(unpackDetail(packed, table.ids), detailOf(detail)) ? packed : null;
}

/** Just the per-question fields, also of a whole attempt. */
export function detailOf({ items, answers, flagged, revealed, secondsSpent }: AttemptDetail): AttemptDetail {
  return { items, answers, flagged, revealed, secondsSpent };
}

export function isPackedDetail(value: unknown): value is PackedDetail {
  return typeof value === 'object' && value !== null && typeof (value as { it?: unknown }).it === 'string';
}

/**
 * Back to the plain form, for the schema to check. Damage such as a character outside the
 * alphabet, a cut-off item or a position past the end of a table comes out as a missing or
 * malformed field that the schema rejects; anything not packed is returned as it is.
 */
export function unpackDetail(value: unknown, questionIds: readonly string[]): unknown {
  if (!isPackedDetail(value)) return value;
  const { dm, it, f, r } = value;
  if (!Array.isArray(dm) || !Array.isArray(f) || !Array.isArray(r) || it.length % ITEM_CHARS !== 0) return { items: undefined };
  const items: AttemptItem[] = [];
  const answers: Record<string, OptionId[]> = {};
  const secondsSpent: Record<string, number> = {};
  for (let at = 0; at < it.length; at += ITEM_CHARS) {
    const questionId = questionIds[read(it, at, 2)] as string;
    const domain = read(it, at + 2, 1);
    const chosen = read(it, at + 5, 2);
    const tenths = read(it, at + 7, 3);
    items.push({ questionId, domainId: dm[Math.floor(domain / 2)] as string, scored: (domain & 1) === 1, optionOrder: codeArrangement(read(it, at + 3, 2)) as OptionId[] });
    if (chosen !== 0) answers[questionId] = codeArrangement(chosen - 1) as OptionId[];
    if (tenths !== 0) secondsSpent[questionId] = (tenths - 1) / 10;
  }
  const idAt = (i: unknown) => (typeof i === 'number' ? items[i]?.questionId : undefined) as string;
  return { items, answers, flagged: f.map(idAt), revealed: r.map(idAt), secondsSpent };
}

/** Just the question ids of a packed detail, skipping any position that is not in the table. */
export function packedQuestionIds(detail: PackedDetail, questionIds: readonly string[]): string[] {
  const ids: string[] = [];
  for (let at = 0; at + ITEM_CHARS <= detail.it.length; at += ITEM_CHARS) {
    const id = questionIds[read(detail.it, at, 2)];
    if (id !== undefined) ids.push(id);
  }
  return ids;
}
