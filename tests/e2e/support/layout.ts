import type { BrowserContext, Page } from 'playwright-core';

/** An element that reaches past the viewport's sides, for the failure message. */
export interface Overflow {
  element: string;
  left: number;
  right: number;
}

/**
 * Whether the page scrolls sideways, and every visible element that reaches past the left or right
 * edge of the viewport, unless an ancestor deliberately scrolls or clips it sideways (a table's
 * scroll box, a code block) or it is hidden off-screen on purpose until focused (the skip link).
 * An absolutely positioned element can escape an ancestor's clipping; the page's scroll width
 * catches that case.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number; overflows: Overflow[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const clippedSideways = (el: Element) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.clip !== 'auto') return true;
      }
      return false;
    };
    const overflows: { element: string; left: number; right: number }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.skip-link')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if ((rect.right > viewport + 0.5 || rect.left < -0.5) && !clippedSideways(el)) overflows.push({ element: describe(el), left: Math.round(rect.left), right: Math.round(rect.right) });
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, overflows };
  });
}

/** The question map's list: whether it fits the viewport's width and scrolls its own content instead of growing past it. */
export async function questionMapBox(page: Page): Promise<{ fitsWidth: boolean; scrollsItself: boolean; overflowsBox: boolean; height: number; viewportHeight: number }> {
  return page.evaluate(() => {
    const list = document.querySelector('nav.question-map ol');
    if (!list) throw new Error('no question map on screen');
    const rect = list.getBoundingClientRect();
    const style = getComputedStyle(list);
    return {
      fitsWidth: rect.left >= -0.5 && rect.right <= document.documentElement.clientWidth + 0.5 && list.scrollWidth <= list.clientWidth,
      scrollsItself: style.overflowY === 'auto' || style.overflowY === 'scroll',
      overflowsBox: list.scrollHeight > list.clientHeight,
      height: rect.height,
      viewportHeight: window.innerHeight,
    };
  });
}

/**
 * Words in links, buttons and badges that are split across lines because their box is too narrow
 * ("Progre/ss"). Words longer than 24 characters (URLs, ids) may wrap anywhere and are left out,
 * and so are breaks at a hyphen or a slash.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('a, button, summary, .mode-badge, .countdown, .badge')) {
      if (el.getClientRects().length === 0 || el.closest('.skip-link, .visually-hidden')) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          if (word[0].length > 24) continue;
          for (const part of word[0].matchAll(/[^\-/]{2,}/g)) {
            const range = document.createRange();
            range.setStart(node, word.index + part.index);
            range.setEnd(node, word.index + part.index + part[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}": "${part[0]}"`);
          }
        }
      }
    }
    return found;
  });
}

/**
 * From the context's next page load on, records every layout shift with what moved (class or tag,
 * and its top and height before and after); read them with `layoutShifts`. Shifts right after
 * input count too: the tests look for any jump, not only what Core Web Vitals would score.
 */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const moved = e.sources.map((s) => (s.node ? s.node.className || s.node.nodeName : '?') + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height]));
    window.__shifts.push({ value: e.value, moved });
  }
}).observe({ type: 'layout-shift', buffered: true });`,
  });
}

/** The layout shifts recorded on the current page (see recordLayoutShifts). */
export function layoutShifts(page: Page): Promise<unknown> {
  return page.evaluate('window.__shifts');
}
