import type { QuestionCore, QuestionDetail } from './split';

/**
 * Bank markdown as the build compiles it, shared by the build (scripts/bank/markdown.ts) and the
 * renderer (src/components/markdown.tsx). Parsing markdown in the browser costs tens of
 * milliseconds the first time, right when a question is first shown, so the build does it once.
 */

/** Text, or an element: tag, its props (or null), then its children. */
export type MarkupNode = string | MarkupElement;
export type MarkupElement = [tag: string, props: MarkupProps | null, ...children: MarkupNode[]];

/** The only props the compiler emits (the renderer re-checks them). */
export interface MarkupProps {
  className?: string;
  href?: string;
  title?: string;
  alt?: string;
  src?: string;
  start?: number;
  style?: { textAlign: 'left' | 'right' | 'center' };
}

/** A compiled markdown text: what sits inside the renderer's wrapper. */
export type Markup = MarkupNode[];

/** What carries compiled markup: the markup of each field that is not a plain paragraph, by path. */
export interface WithMarkup {
  markup?: Record<string, Markup>;
}

/**
 * A question's core and its details as the bank chunks hold them, each with the markup of its
 * markdown fields by path in the whole question (`stem.en`, `options.2.ko`, `options.0.why.en`,
 * `explanation.ko`, ...), which is also the path inside the part.
 */
export type BankQuestion = QuestionCore & WithMarkup;
export type BankDetail = QuestionDetail & WithMarkup;

/**
 * Anything that could make markdown more than one plain paragraph: syntax and escape characters,
 * entities, line breaks, leading or trailing space, list markers, and what GFM turns into links.
 */
const NOT_PLAIN = /[\\`*_[\]<>#|~!&@\n\r\t]|www\.|:\/\/|^[\s\-+=]|^\d+[.)](\s|$)|\s$/;

/** True when markdown would render `text` as one paragraph of exactly that text. */
export function isPlainParagraph(text: string): boolean {
  return text !== '' && !NOT_PLAIN.test(text);
}

/** The string at `path` inside `question` (`options.2.why.en`), if there is one. */
export function fieldAt(question: unknown, path: string): string | undefined {
  let at: unknown = question;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' ? at : undefined;
}
