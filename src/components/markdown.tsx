import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const components: Components = {
  // Links from the bank open in a new tab and cannot reach back into the app.
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
  img: ({ alt }) => <span>{alt}</span>,
};

/**
 * Markdown for stems, options and explanations. Raw HTML is never rendered (react-markdown
 * shows it as text unless told otherwise) and unsafe URLs such as javascript: are dropped.
 */
export function Markdown({ children, inline = false }: { children: string; inline?: boolean }) {
  return (
    <div className={inline ? 'md md-inline' : 'md'}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml={false} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
