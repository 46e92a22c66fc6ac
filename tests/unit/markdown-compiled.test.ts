import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaultUrlTransform } from 'react-markdown';
import type { Markup, WithMarkup } from '@/bank/markup';
import type { Question } from '@/bank/schema';
import { Markdown, safeUrl } from '@/components/markdown';
import MarkdownParser from '@/components/markdown-parser';
import { registerMarkup } from '@/lib/compiled-markdown';
import { compileFields, compileMarkdown, markdownFields } from '../../scripts/bank/markdown';
import { realBank } from '../utils/blueprints';

/** What react-markdown makes of `text`, in the wrapper the component uses. */
function parsed(text: string, inline = false): string {
  return renderToStaticMarkup(createElement('div', { className: inline ? 'md md-inline' : 'md' }, createElement(MarkdownParser, null, text)));
}

function shown(text: string, inline = false): string {
  return renderToStaticMarkup(createElement(Markdown, { inline, children: text }));
}

/** Registers markup for `text` the way a bank chunk brings it. */
function register(text: string, markup: Markup): void {
  registerMarkup([{ id: 'x', stem: { en: text, ko: text }, markup: { 'stem.en': markup } } as WithMarkup]);
}

const CONSTRUCTS = [
  'Use `aws s3 ls` and `aws s3 cp`',
  'a *stressed* and **strong** and ~~struck~~ word',
  'first paragraph\n\nsecond paragraph',
  'line one\nline two',
  'hard  \nbreak',
  '- one\n- two\n\n1. first\n2. second',
  '3. starts at three\n4. four',
  '> quoted\n> text',
  '# Heading\n\n## Sub',
  '```json\n{ "a": 1 }\n```',
  '    indented code',
  '---',
  '| Service | Cost |\n|:--|--:|\n| S3 | low |',
  '[docs](https://docs.aws.amazon.com/ "AWS docs") and https://aws.amazon.com and www.example.com and ops@example.com',
  '[relative](./page) [anchor](#top) [mail](mailto:ops@example.com)',
  '[bad](javascript:alert(1)) [worse](data:text/html,hi) [vb](vbscript:x)',
  '![diagram](https://example.com/x.png) <img src=x onerror="alert(1)"> <script>alert(1)</script> <b>bold</b>',
  'AT&T &amp; &copy; &#x41; snake_case_name 2 * 3',
  '\\*not emphasis\\*',
];

describe('markdown compiled at build time', () => {
  it('draws every compiled field of the shipped bank exactly as react-markdown does', () => {
    const questions = realBank.questions.map((q) => q.question);
    const bank: (Question & WithMarkup)[] = questions.map((q) => ({ ...q, markup: compileFields(q) }));
    registerMarkup(bank);
    let compiled = 0;
    for (const question of bank) {
      for (const [path, text] of markdownFields(question)) {
        if (!question.markup?.[path]) continue;
        compiled += 1;
        const inline = /^options\.\d+\.(en|ko)$/.test(path);
        expect(shown(text, inline), `${question.id} ${path}`).toBe(parsed(text, inline));
      }
    }
    // Code spans, links and the like are common enough that this is no small sample.
    expect(compiled).toBeGreaterThan(500);
  }, 60_000);

  it('draws the markdown constructs it supports as react-markdown does', () => {
    for (const text of CONSTRUCTS) {
      const markup = compileMarkdown(text);
      expect(markup, text).not.toBeNull();
      register(text, markup!);
      expect(shown(text), text).toBe(parsed(text));
    }
  });

  it('fails the build on markdown the renderer would draw differently', () => {
    expect(() => compileMarkdown('A note[^1].\n\n[^1]: The note.', 'question "q" field stem.en')).toThrow(/question "q" field stem\.en: markdown/);
    expect(() => compileMarkdown('- [x] done\n- [ ] open')).toThrow(/not supported/);
  });

  it('leaves plain prose uncompiled', () => {
    expect(compileMarkdown('Amazon S3 (Standard-IA), 30 days: retain 14 snapshots, then delete.')).toBeNull();
  });

  it('runs nothing from tampered markup', () => {
    const text = 'tampered `markup`';
    register(text, [
      ['script', null, 'window.__pwned = 1'],
      ['a', { href: 'javascript:alert(1)' }, 'link'],
      ['img', { src: 'x', alt: 'alt text', onerror: 'alert(1)' } as never, 'ignored'],
      ['p', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' }, onClick: 'alert(1)', style: { background: 'url(javascript:1)' } } as never, 'para'],
      ['iframe', { src: 'javascript:alert(1)' } as never],
      ['a', { href: 'https://aws.amazon.com/' }, 'fine'],
    ]);
    const html = shown(text);
    expect(html).not.toMatch(/<script|<iframe|<img|javascript:|onerror|onclick|background/i);
    expect(html).toContain('window.__pwned = 1');
    expect(html).toContain('<span>alt text</span>');
    expect(html).toContain('<a href="https://aws.amazon.com/" target="_blank" rel="noopener noreferrer">fine</a>');
  });

  it('shows text without markup as text until the parser has loaded', () => {
    const text = '<script>window.__pwned = 1</script> [x](javascript:alert(1)) `not compiled`';
    expect(shown(text)).toBe(`<div class="md"><p>${text.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p></div>`);
  });

  it('keeps and drops URLs exactly as react-markdown does', () => {
    const urls = ['https://a.b/c', 'http://x', 'mailto:a@b.c', 'ircs://x', 'xmpp:x', 'javascript:alert(1)', 'JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x', './rel', '/abs', '#frag', '?q=a:b', 'a/b:c', 'a#b:c', 'a?b:c', 'file:///etc/passwd', ' javascript:x', ''];
    for (const url of urls) expect(safeUrl(url), url).toBe(defaultUrlTransform(url));
  });
});
