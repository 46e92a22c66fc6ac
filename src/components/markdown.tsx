import { createElement, Fragment, lazy, memo, Suspense, type ReactNode } from 'react';
import { isPlainParagraph, type MarkupNode } from '@/bank/markup';
import { compiledMarkup } from '@/lib/compiled-markdown';

export { isPlainParagraph } from '@/bank/markup';

const MarkdownParser = lazy(() => import('./markdown-parser'));

/** Elements drawn as they are; `a` and `img` have their own rules below, anything else draws only its children. */
const TAGS = new Set(['p', 'code', 'pre', 'em', 'strong', 'del', 'ul', 'ol', 'li', 'blockquote', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const EMPTY = new Set(['br', 'hr']);
const SAFE_PROTOCOL = /^(https?|ircs?|mailto|xmpp)$/i;

/**
 * react-markdown's default URL rule, checked again here because markup is data: relative URLs and
 * these protocols pass, anything else (javascript:, data:) becomes ''.
 */
export function safeUrl(url: string): string {
  const colon = url.indexOf(':');
  const before = (mark: string) => {
    const at = url.indexOf(mark);
    return at !== -1 && colon > at;
  };
  if (colon === -1 || before('/') || before('?') || before('#') || SAFE_PROTOCOL.test(url.slice(0, colon))) return url;
  return '';
}

function toReact(node: MarkupNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  const inner = children.map(toReact);
  // Links from the bank open in a new tab and cannot reach back into the app.
  if (tag === 'a')
    return (
      <a key={key} href={safeUrl(String(props?.href ?? ''))} target="_blank" rel="noopener noreferrer">
        {inner}
      </a>
    );
  if (tag === 'img') return <span key={key}>{props?.alt}</span>;
  if (!TAGS.has(tag)) return <Fragment key={key}>{inner}</Fragment>;
  const align = props?.style?.textAlign;
  const attributes = { key, className: typeof props?.className === 'string' ? props.className : undefined, start: typeof props?.start === 'number' ? props.start : undefined, style: align ? { textAlign: align } : undefined };
  return EMPTY.has(tag) ? createElement(tag, attributes) : createElement(tag, attributes, ...inner);
}

/**
 * Markdown for stems, options and explanations, drawn the way react-markdown draws it: raw HTML
 * shows as text and unsafe URLs are dropped. Bank text needs no parser in the browser: plain
 * prose is shown as it is, and everything else comes compiled with its bank chunk (parsing is
 * what made showing a question slow). Only text without compiled markup loads the parser.
 * Memoized on the text, so re-rendering a question never redraws it.
 */
export const Markdown = memo(function Markdown({ children, inline = false }: { children: string; inline?: boolean }) {
  const plain = isPlainParagraph(children);
  const markup = plain ? undefined : compiledMarkup(children);
  return (
    <div className={inline ? 'md md-inline' : 'md'}>
      {plain ? (
        <p>{children}</p>
      ) : markup ? (
        markup.map(toReact)
      ) : (
        <Suspense fallback={<p>{children}</p>}>
          <MarkdownParser>{children}</MarkdownParser>
        </Suspense>
      )}
    </div>
  );
});
