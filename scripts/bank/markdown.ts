import { Fragment, isValidElement, type ReactNode } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isPlainParagraph, type Markup, type MarkupNode, type MarkupProps } from '../../src/bank/markup.ts';
import type { Question } from '../../src/bank/schema.ts';

/**
 * Compiles bank markdown at build time with react-markdown itself, with the options the app
 * always used (GFM; raw HTML kept as text; unsafe URLs emptied by its default URL transform), and
 * keeps the elements it would have handed React. The app then renders those without a parser.
 */

/** What the renderer knows how to draw; anything else fails the build rather than rendering differently. */
const TAGS = new Set(['p', 'code', 'pre', 'a', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'blockquote', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img']);
const PROPS: Record<string, (keyof MarkupProps)[]> = {
  a: ['href', 'title'],
  code: ['className'],
  img: ['src', 'alt', 'title'],
  ol: ['start'],
  th: ['style'],
  td: ['style'],
};

function convert(node: ReactNode, where: string): MarkupNode[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => convert(child, where));
  if (!isValidElement(node)) throw new Error(`${where}: markdown produced something that is not an element`);
  const { children, ...rest } = node.props as { children?: ReactNode } & Record<string, unknown>;
  if (node.type === Fragment) return convert(children, where);
  const tag = node.type;
  if (typeof tag !== 'string' || !TAGS.has(tag)) throw new Error(`${where}: markdown element <${String(tag)}> is not supported by the app's renderer`);
  const props: MarkupProps = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    if (!PROPS[tag]?.includes(key as keyof MarkupProps)) throw new Error(`${where}: markdown attribute ${key} on <${tag}> is not supported by the app's renderer`);
    (props as Record<string, unknown>)[key] = value;
  }
  return [[tag, Object.keys(props).length > 0 ? props : null, ...convert(children, where)]];
}

/** The markup of one markdown text, or null when it is a plain paragraph the app shows as it is. */
export function compileMarkdown(text: string, where = 'markdown'): Markup | null {
  if (isPlainParagraph(text)) return null;
  return convert(Markdown({ children: text, remarkPlugins: [remarkGfm], skipHtml: false }), where);
}

/** Every markdown field of a question, by path (see MarkupEntry). */
export function markdownFields(question: Question): [path: string, text: string][] {
  const fields: [string, string][] = [];
  for (const lang of ['en', 'ko'] as const) {
    fields.push([`stem.${lang}`, question.stem[lang]]);
    question.options.forEach((option, i) => {
      fields.push([`options.${i}.${lang}`, option[lang]]);
      fields.push([`options.${i}.why.${lang}`, option.why[lang]]);
    });
    fields.push([`explanation.${lang}`, question.explanation[lang]]);
    if (question.changed) fields.push([`changed.${lang}`, question.changed[lang]]);
  }
  return fields;
}

/** The markup of each field of `question` that is not a plain paragraph, by path; `include` picks fields. */
export function compileFields(question: Question, include: (path: string) => boolean = () => true): Record<string, Markup> {
  const compiled: Record<string, Markup> = {};
  for (const [path, text] of markdownFields(question)) {
    if (!include(path)) continue;
    const markup = compileMarkdown(text, `question "${question.id}" field ${path}`);
    if (markup) compiled[path] = markup;
  }
  return compiled;
}
