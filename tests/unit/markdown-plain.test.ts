import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { isPlainParagraph, Markdown } from '@/components/markdown';
import MarkdownParser from '@/components/markdown-parser';
import { realBank } from '../utils/blueprints';

/** What the parser makes of `text`, in the same wrapper the component uses. */
function parsed(text: string): string {
  return renderToStaticMarkup(createElement('div', { className: 'md' }, createElement(MarkdownParser, null, text)));
}

function shown(text: string): string {
  return renderToStaticMarkup(createElement(Markdown, null, text));
}

/** Text that looks plain but is not, and plain text with characters markdown leaves alone. */
const TRICKY = [
  '1. First step',
  '2) Second step',
  '- a list item',
  '+ another',
  '= not a heading',
  '# Heading',
  '> quoted',
  'Use `code` here',
  'a *stressed* word',
  'snake_case_name',
  'see www.example.com for more',
  'see https://example.com',
  'mail ops@example.com',
  'AT&T or &amp;',
  'a\\b',
  'line one\nline two',
  '    indented code',
  ' leading space',
  'trailing space ',
  '~~struck~~',
  '| a | b |',
  '[link](https://example.com)',
  '<b>bold</b>',
  '1.5 GB and 100% (99.9) per second; costs $3 — "quoted" and \'single\'',
  'Amazon S3 (Standard-IA), 30 days: retain 14 snapshots, then delete.',
  '2026 was a year',
  '한국어 문장입니다. 35일 동안 보존합니다.',
  '',
];

/** Plain prose is drawn without the parser and without compiled markup; this is what makes that safe. */
describe('plain text fast path of Markdown', () => {
  it('skips the parser only for text the parser would leave as it is', () => {
    const plain = TRICKY.filter(isPlainParagraph);
    expect(plain).toEqual([TRICKY[23], TRICKY[24], TRICKY[25], TRICKY[26]]);
    for (const text of plain) expect(shown(text), JSON.stringify(text)).toBe(parsed(text));
    // Every case the parser turns into more than its own text in one paragraph goes to the parser.
    const asIs = (text: string) => renderToStaticMarkup(createElement('div', { className: 'md' }, createElement('p', null, text)));
    const changed = TRICKY.filter((text) => parsed(text) !== asIs(text));
    expect(changed.length).toBeGreaterThanOrEqual(15);
    expect(changed.filter(isPlainParagraph)).toEqual([]);
  });

  it('renders every plain stem and option of the bank exactly as the parser does', () => {
    const texts = realBank.questions.flatMap(({ question }) => [question.stem, ...question.options].flatMap((t) => [t.en, t.ko]));
    const plain = texts.filter(isPlainParagraph);
    // Most bank text is plain prose; that is what makes the fast path worth having.
    expect(plain.length / texts.length).toBeGreaterThan(0.8);
    const differ = plain.filter((text) => shown(text) !== parsed(text));
    expect(differ).toEqual([]);
  }, 60_000);
});
