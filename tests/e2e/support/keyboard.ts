import type { Page } from 'playwright-core';

/** How a control's focus indicator is drawn: what :focus-visible styles usually change. */
export interface FocusLook {
  outline: string;
  outlineWidth: number;
  boxShadow: string;
}

export interface TabWalk {
  /** Every control that should take focus (enabled and on screen; one stop per radio group), named for messages. */
  controls: string[];
  /** The controls Tab reached, in order, with how each looked unfocused and focused. */
  reached: { control: string; unfocused: FocusLook; focused: FocusLook }[];
}

/** Marks every control Tab should stop at with `data-kb` (its name, for messages) and returns the names. */
function markControls(): string[] {
  const selector = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const groups = new Set<string>();
  const names: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const disabled = (el as HTMLButtonElement).disabled || el.closest('[inert], fieldset:disabled') !== null;
    if (disabled || el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    let stop = el;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      // A radio group is one Tab stop: the checked radio, or the first when none is checked.
      if (groups.has(el.name)) continue;
      groups.add(el.name);
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
      stop = group.find((radio) => radio.checked) ?? el;
    }
    const text = stop.getAttribute('aria-label') ?? ((stop as HTMLInputElement).labels?.[0]?.textContent || stop.textContent || '');
    const name = `${names.length + 1}. ${stop.tagName.toLowerCase()}${stop instanceof HTMLInputElement ? `[${stop.type}]` : ''} "${text.trim().slice(0, 50)}"`;
    stop.setAttribute('data-kb', name);
    names.push(name);
  }
  return names;
}

/**
 * Presses Tab from the top of the page until focus comes round again, noting each control it
 * stops at and how that control looks with and without focus.
 */
export async function walkWithTab(page: Page, limit = 250): Promise<TabWalk> {
  // The first visit installs the service worker and then shows an "offline ready" notice with its
  // own button; wait for that to be on screen so it is counted rather than appearing mid-walk.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.evaluate(() => document.querySelectorAll('[data-kb]').forEach((el) => el.removeAttribute('data-kb')));
  const controls = await page.evaluate(markControls);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const unfocused = new Map(
    await page.evaluate(() =>
      [...document.querySelectorAll('[data-kb]')].map((el) => {
        const style = getComputedStyle(el);
        return [el.getAttribute('data-kb')!, { outline: `${style.outlineStyle} ${style.outlineColor}`, outlineWidth: parseFloat(style.outlineWidth), boxShadow: style.boxShadow }] as const;
      }),
    ),
  );

  // Start from the top of the document, as after a page load.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const reached: TabWalk['reached'] = [];
  const seen = new Set<string>();
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const { control, focused } = await page.evaluate(() => {
      const el = document.activeElement ?? document.body;
      const style = getComputedStyle(el);
      return {
        control: el.getAttribute('data-kb') ?? `(unlisted ${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}")`,
        focused: { outline: `${style.outlineStyle} ${style.outlineColor}`, outlineWidth: parseFloat(style.outlineWidth), boxShadow: style.boxShadow },
      };
    });
    if (seen.has(control)) break;
    seen.add(control);
    if (control.startsWith('(unlisted body')) continue;
    reached.push({ control, unfocused: unfocused.get(control) ?? { outline: '', outlineWidth: 0, boxShadow: '' }, focused });
  }
  return { controls, reached };
}

/** True when focus is drawn: an outline of 2 px or more, or a shadow, that the unfocused control does not have. */
export function showsFocus({ unfocused, focused }: { unfocused: FocusLook; focused: FocusLook }): boolean {
  const outlined = !focused.outline.startsWith('none') && focused.outlineWidth >= 2 && (focused.outline !== unfocused.outline || focused.outlineWidth !== unfocused.outlineWidth);
  const shadowed = focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow;
  return outlined || shadowed;
}
