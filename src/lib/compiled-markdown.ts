import { fieldAt, type BankQuestion, type Markup } from '@/bank/markup';

/** Markup compiled at build time, by the markdown text it was compiled from. */
const byText = new Map<string, Markup>();
const registered = new WeakSet<readonly BankQuestion[]>();

/**
 * Notes the compiled markup that came with a bank chunk, so that the Markdown component finds it
 * from the text alone and the components that show questions need not know about it.
 */
export function registerMarkup(questions: readonly BankQuestion[]): void {
  // SOA-C01 and SOA-C03 share one chunk, so the same array can come twice.
  if (registered.has(questions)) return;
  registered.add(questions);
  for (const question of questions) {
    if (!question.markup) continue;
    for (const [path, markup] of Object.entries(question.markup)) {
      const text = fieldAt(question, path);
      if (text !== undefined) byText.set(text, markup);
    }
  }
}

/** The compiled markup of `text`, if a loaded bank chunk brought it. */
export function compiledMarkup(text: string): Markup | undefined {
  return byText.get(text);
}
