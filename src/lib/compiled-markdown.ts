import { fieldAt, type Markup, type WithMarkup } from '@/bank/markup';

/** Markup compiled at build time, by the markdown text it was compiled from. */
const byText = new Map<string, Markup>();
const registered = new WeakSet<readonly WithMarkup[]>();

/**
 * Notes the compiled markup that came with a bank chunk, so that the Markdown component finds it
 * from the text alone and the components that show questions need not know about it.
 */
export function registerMarkup(parts: readonly WithMarkup[]): void {
  // SOA-C01 and SOA-C03 share their chunks, so the same array can come twice.
  if (registered.has(parts)) return;
  registered.add(parts);
  for (const part of parts) {
    if (!part.markup) continue;
    for (const [path, markup] of Object.entries(part.markup)) {
      const text = fieldAt(part, path);
      if (text !== undefined) byText.set(text, markup);
    }
  }
}

/** The compiled markup of `text`, if a loaded bank chunk brought it. */
export function compiledMarkup(text: string): Markup | undefined {
  return byText.get(text);
}
