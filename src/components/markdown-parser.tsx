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

const remarkPlugins = [remarkGfm];

/**
 * The markdown parser, for text that came without compiled markup (bank text always has it; see
 * src/bank/markup.ts). Raw HTML is never rendered (react-markdown shows it as text unless told
 * otherwise) and unsafe URLs such as javascript: are dropped. Its own chunk, loaded only when needed.
 */
export default function MarkdownParser({ children }: { children: string }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} skipHtml={false} components={components}>
      {children}
    </ReactMarkdown>
  );
}
