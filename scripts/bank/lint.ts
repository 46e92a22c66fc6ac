import { allocateByWeight } from '../../src/engine/allocate';
import type { Blueprint } from '../../src/bank/schema';
import type { Markup, MarkupNode } from '../../src/bank/markup';
import type { SourcedQuestion } from './load';
import { compileMarkdown, markdownFields } from './markdown';

/** Above this share of single-response questions whose key is the longest option, length gives the answer away. */
export const LENGTH_TELL_LIMIT = 0.35;
/** Stems sharing this much of their word trigrams are the same question twice. */
export const NEAR_DUPLICATE_LIMIT = 0.6;

function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[^a-z0-9가-힣\s]/g, ' ').split(/\s+/).filter(Boolean);
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i += 1) grams.add(words.slice(i, i + 3).join(' '));
  return grams;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Pairs of questions whose English stems are nearly the same text. */
export function findNearDuplicateStems(questions: readonly SourcedQuestion[]): string[] {
  const grams = questions.map((q) => trigrams(q.question.stem.en));
  const problems: string[] = [];
  for (let i = 0; i < questions.length; i += 1) {
    for (let j = i + 1; j < questions.length; j += 1) {
      const similarity = jaccard(grams[i]!, grams[j]!);
      if (similarity >= NEAR_DUPLICATE_LIMIT) {
        const a = questions[i]!;
        const b = questions[j]!;
        problems.push(
          `${b.file}:${b.line}: question "${b.question.id}" field stem.en: near-duplicate of "${a.question.id}" (${a.file}:${a.line}), ${Math.round(similarity * 100)}% shared`,
        );
      }
    }
  }
  return problems;
}

/** Share of single-response questions in which the key is strictly the longest option (English). */
export function longestKeyShare(questions: readonly SourcedQuestion[]): { share: number; count: number; total: number } {
  const singles = questions.filter((q) => q.question.type === 'single');
  const count = singles.filter(({ question }) => {
    const key = question.options.find((o) => o.id === question.answer[0]);
    if (!key) return false;
    return question.options.every((o) => o === key || o.en.length < key.en.length);
  }).length;
  return { share: singles.length === 0 ? 0 : count / singles.length, count, total: singles.length };
}

export interface DomainCoverage {
  exam: string;
  domain: string;
  available: number;
  needed: number;
}

/** For each blueprint and domain: questions available against those one full mock needs. */
export function coverage(blueprints: readonly Blueprint[], questions: readonly SourcedQuestion[]): DomainCoverage[] {
  return blueprints.flatMap((bp) => {
    const needed = allocateByWeight(bp.domains, bp.totalQuestions);
    return bp.domains.map((d) => ({
      exam: bp.id,
      domain: d.id,
      available: questions.filter((q) => q.question.exams[bp.id] === d.id).length,
      needed: needed[d.id] ?? 0,
    }));
  });
}

/** Every topic tag with how many questions carry it, thinnest first. */
export function topicCounts(questions: readonly SourcedQuestion[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const { question } of questions) for (const t of question.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

const NUMBER_WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five' };

/** Multiple-response stems must say how many to choose, as the exam does, in both languages. */
export function findMissingChooseMarkers(questions: readonly SourcedQuestion[]): string[] {
  return questions
    .filter(({ question: q }) => q.type === 'multiple' && q.choose !== undefined)
    .flatMap(({ question: q, file, line }) => {
      const en = `(Choose ${NUMBER_WORDS[q.choose!] ?? q.choose}.)`;
      const ko = `(${q.choose}개 선택)`;
      const missing = [q.stem.en.trim().endsWith(en) ? null : `stem.en must end with "${en}"`, q.stem.ko.trim().endsWith(ko) ? null : `stem.ko must end with "${ko}"`];
      return missing.filter((m) => m !== null).map((m) => `${file}:${line}: question "${q.id}" field ${m}`);
    });
}

/** The text inside a compiled markup node. */
function textOf(nodes: readonly MarkupNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.slice(2) as MarkupNode[]))).join('');
}

/** Every link in compiled markup, as [visible text, href]. */
function linksIn(nodes: readonly MarkupNode[]): [text: string, href: string][] {
  return nodes.flatMap((node): [string, string][] => {
    if (typeof node === 'string') return [];
    const [tag, props, ...children] = node;
    const inner = linksIn(children as MarkupNode[]);
    return tag === 'a' ? [[textOf(children as MarkupNode[]), String(props?.href ?? '')], ...inner] : inner;
  });
}

/**
 * Compiles every markdown field once and reports two kinds of problem:
 * - markdown the app's renderer cannot draw as react-markdown would (the build would stop on it,
 *   see markdown.ts);
 * - a bare domain or URL in prose, which becomes a link by itself (GFM) and takes whatever follows
 *   it up to a space: in Korean the particle, as in "www.example.com은" → http://www.example.com은.
 *   A scenario's example.com should not be a link at all. Names go in code, links in [text](url).
 */
export function findMarkdownProblems(questions: readonly SourcedQuestion[]): string[] {
  return questions.flatMap(({ question: q, file, line }) =>
    markdownFields(q).flatMap(([path, text]) => {
      const where = `${file}:${line}: question "${q.id}" field ${path}`;
      let markup: Markup | null;
      try {
        markup = compileMarkdown(text, where);
      } catch (error) {
        return [error instanceof Error ? error.message : String(error)];
      }
      if (!markup) return [];
      return linksIn(markup)
        .filter(([, href]) => !text.includes(`](${href}`))
        .map(([shown]) => `${where}: "${shown}" becomes a link by itself; write it as code (\`${shown}\`) or as [text](url)`);
    }),
  );
}

/** Problems that fail the bank even though each question is valid on its own. */
export function lintBank(questions: readonly SourcedQuestion[]): string[] {
  const problems = [...findNearDuplicateStems(questions), ...findMissingChooseMarkers(questions), ...findMarkdownProblems(questions)];
  const tell = longestKeyShare(questions);
  if (tell.share > LENGTH_TELL_LIMIT) {
    problems.push(
      `bank: the correct option is the longest in ${tell.count} of ${tell.total} single-response questions (${Math.round(tell.share * 100)}%, limit ${LENGTH_TELL_LIMIT * 100}%): a length tell`,
    );
  }
  return problems;
}
