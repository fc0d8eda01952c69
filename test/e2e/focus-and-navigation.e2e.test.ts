import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, hasChromium, PHONE, screenshot } from './support/browser';
import { useE2eApp } from './support/app';
import { authPage, shell } from './support/pages';
import { checkinFlow } from './support/checkin-flow';

interface FocusReport {
  /** What has focus, as a person would name it. */
  what: string;
  /** Focus has left the page's own content: onto a sticky bar or the navigation. */
  left: boolean;
  /** Sticky or fixed bars the focused element (or the question it answers) overlaps, and by how much. */
  covered: string[];
}

/** Where the focused element is against the sticky bars: rectangles compared, then a hit test at its centre. */
function focusReport(page: Page): Promise<FocusReport> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', left: true, covered: [] };
    const bars = Array.from(document.querySelectorAll<HTMLElement>('.topbar, .flow-actions, .bottombar'));
    const label = (el as HTMLInputElement).labels?.[0];
    const question = el.closest('fieldset.question')?.querySelector('legend') ?? null;
    const what = `${el.tagName.toLowerCase()} "${(label ?? el).textContent?.trim()}" in "${question?.textContent?.trim() ?? ''}"`;
    if (!el.closest('main') || bars.some((b) => b.contains(el))) return { what, left: true, covered: [] };
    const covered: string[] = [];
    const check = (name: string, target: Element) => {
      const r = target.getBoundingClientRect();
      if (r.top < 0 || r.bottom > window.innerHeight)
        covered.push(`${name} is off screen (${r.top}–${r.bottom})`);
      for (const bar of bars) {
        const b = bar.getBoundingClientRect();
        if (getComputedStyle(bar).display === 'none') continue;
        const overlap = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
        if (overlap > 0)
          covered.push(`${name} under .${bar.className.split(' ')[0]} by ${Math.round(overlap)} px`);
      }
    };
    check('the focused element', el);
    if (question) check('its question', question);
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const mine = hit && (el.contains(hit) || hit === label || label?.contains(hit));
    if (!mine) covered.push(`the point at its centre shows ${hit?.tagName.toLowerCase()}.${hit?.className}`);
    return { what, left: false, covered };
  });
}

/** Presses a key until focus leaves the page's content (to a sticky bar or the navigation), reporting each stop. */
async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusReport[]> {
  const stops: FocusReport[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const report = await focusReport(page);
    if (report.left) return stops;
    stops.push(report);
  }
  throw new Error(`focus did not leave the step after 80 presses of ${key}`);
}

/** POSTs JSON from the page, so the request carries the session cookie and the Origin header. */
async function post(page: Page, path: string, body: object): Promise<{ id: string }> {
  return page.evaluate(
    async ([p, b]) => {
      const res = await fetch(p, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(b),
      });
      if (!res.ok) throw new Error(`POST ${p}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string };
    },
    [path, body] as const,
  );
}

/** Every link in a navigation that says where the runner is, as "label=aria-current". */
async function currentInNav(page: Page, nav: string): Promise<string[]> {
  return page
    .getByRole('navigation', { name: nav })
    .locator('a[aria-current]')
    .evaluateAll((links) => links.map((a) => `${a.textContent?.trim()}=${a.getAttribute('aria-current')}`));
}

describe.runIf(hasChromium)('focus, navigation and announced state', () => {
  const app = useE2eApp();

  for (const [device, name, theme] of [
    [PHONE, 'phone', 'light'],
    [DESKTOP, 'desktop', 'dark'],
  ] as const)
    it(`keyboard focus on a red-flag step never hides under the sticky bars (${name}, ${theme})`, async () => {
      const context = await app.context(device, theme);
      const page = await context.newPage();
      await authPage(page).signUp(`keys-${name}@example.com`, 'a sore back but running');
      await shell(page).expectLoggedIn();
      const flow = checkinFlow(page);
      await flow.start();
      await flow.aboutYou(41, 'Female');
      await page.getByRole('heading', { name: 'Warning signs: nerves', level: 1 }).waitFor();
      // With the missing-answer errors shown, as a runner who pressed Continue too soon sees it.
      await flow.next();
      await page
        .getByRole('alert')
        .filter({ hasText: /still need an answer/ })
        .waitFor();

      await page.getByRole('heading', { level: 1 }).focus();
      const forward = await tabThrough(page, 'Tab');
      const backward = await tabThrough(page, 'Shift+Tab');
      await screenshot(page, `${name}-${theme}-red-flags-focus-top`, false);
      // Every question was reached both ways (one stop per question, one per "None of these"), and nothing
      // was covered.
      const questions = await page.locator('main fieldset.question').count();
      const shortcuts = await page.getByRole('button', { name: /^None of these/ }).count();
      expect(questions).toBeGreaterThan(5);
      expect(forward.length).toBe(questions + shortcuts);
      expect(backward.length).toBe(questions + shortcuts);
      expect([...forward, ...backward].filter((s) => s.covered.length > 0)).toEqual([]);

      // Half way down, going forward: the focused question sits above the Back/Continue bar.
      await page.getByRole('heading', { level: 1 }).focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
      expect((await focusReport(page)).covered).toEqual([]);
      await screenshot(page, `${name}-${theme}-red-flags-focus-middle`, false);
      await context.close();
    });

  it('keyboard focus stays clear of the bars on Settings and a run page, and inside the emergency card (phone)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('keys-pages@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const run = await post(page, '/api/runs', {
      startTime: new Date(Date.now() - 86_400_000).toISOString(),
      distanceM: 8000,
      elapsedS: 2700,
      indoor: false,
    });
    for (const [path, heading] of [
      ['/settings', 'Settings'],
      [`/runs/${run.id}`, /run/i],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('main').focus();
      const forward = await tabThrough(page, 'Tab');
      const backward = await tabThrough(page, 'Shift+Tab');
      expect(forward.length).toBeGreaterThanOrEqual(3);
      expect(backward.length).toBe(forward.length);
      expect([...forward, ...backward].filter((s) => s.covered.length > 0)).toEqual([]);
    }

    // Nothing behind the full-screen card can take focus: every Tab stop is on the card.
    const emergency = await post(page, '/api/checkins', {
      age: 40,
      sex: 'M',
      complete: false,
      findings: [{ code: 'saddle_numbness', value: true }],
    });
    await page.goto(`/check-in/${emergency.id}`);
    const card = page.getByRole('alertdialog');
    await card.waitFor();
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'body';
          return el.closest('[role="alertdialog"]') ? 'card' : `behind: ${el.textContent?.trim()}`;
        }),
      );
    }
    expect(stops.filter((s) => s.startsWith('behind'))).toEqual([]);
    expect(stops.filter((s) => s === 'card').length).toBeGreaterThanOrEqual(4);
    await context.close();
  });

  it('More is the current tab on the pages under it; aria-current says page or section (phone, desktop)', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('tabs@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const bar = 'Main (phone)';
    const more = page.getByRole('navigation', { name: bar }).getByRole('link', { name: 'More' });
    const moreColour = () => more.evaluate((a) => getComputedStyle(a).color);
    const idle = await moreColour();
    expect(await currentInNav(page, bar)).toEqual(['Home=page']);

    for (const [label, heading] of [
      ['Pain', 'Pain diary'],
      ['Shoes', 'Shoes'],
      ['Settings', 'Settings'],
    ] as const) {
      await shell(page).open(label, heading);
      expect(await currentInNav(page, bar)).toEqual(['More=true']);
      expect(await more.getAttribute('class')).toMatch(/\bactive\b/);
      expect(await moreColour()).not.toBe(idle);
    }
    await screenshot(page, 'phone-settings-more-active', false);
    await more.click();
    await page.getByRole('heading', { name: 'More', level: 1 }).waitFor();
    expect(await currentInNav(page, bar)).toEqual(['More=page']);
    await shell(page).open('Runs');
    expect(await currentInNav(page, bar)).toEqual(['Runs=page']);
    await page.getByRole('link', { name: 'Add a run by hand' }).click();
    await page.getByRole('heading', { name: 'Add a run by hand', level: 1 }).waitFor();
    expect(await currentInNav(page, bar)).toEqual(['Runs=true']);
    await context.close();

    // On a desktop every destination is in the sidebar: Shoes itself is the current page.
    const desk = await (await app.context(DESKTOP)).newPage();
    await authPage(desk).logIn('tabs@example.com', 'a sore back but running');
    await shell(desk).expectLoggedIn();
    await shell(desk).open('Shoes');
    expect(await currentInNav(desk, 'Main')).toEqual(['Shoes=page']);
    await desk.context().close();
  });

  it('a selected option is announced by its checked state, not by a drawn tick', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('ticks@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    await checkinFlow(page).start();
    const sex = page.getByRole('group', { name: 'Sex' });
    await sex.getByRole('radio', { name: 'Male', exact: true }).check();
    expect(await sex.getByRole('radio', { name: 'Male', exact: true, checked: true }).count()).toBe(1);
    expect(await sex.getByRole('radio', { name: 'Female', exact: true, checked: false }).count()).toBe(1);
    const tree = await sex.ariaSnapshot();
    expect(tree).toContain('radio "Male" [checked]');
    expect(tree).not.toContain('✓');
    // The tick is still drawn for the eye.
    const tick = await page
      .locator('.segmented label.selected')
      .evaluate((l) => getComputedStyle(l, '::before').content);
    expect(tick).toContain('✓');
    await screenshot(page, 'phone-checkin-sex-selected', false);
    await context.close();
  });

  it('placeholder pages say what will fill them and offer only what works today; every page has a title', async () => {
    const context = await app.context(PHONE);
    const page = await context.newPage();
    await authPage(page).signUp('titles@example.com', 'a sore back but running');
    await shell(page).expectLoggedIn();
    const title = (name: string) => expect.poll(() => page.title()).toBe(`${name} · backstride`);

    await shell(page).open('Shoes');
    await title('Shoes');
    await page.getByRole('heading', { name: 'No shoes yet' }).waitFor();
    expect(await page.getByText(/500 to 800 km, a rule of thumb/).count()).toBe(1);
    expect(await page.getByRole('main').getByRole('button', { name: 'Add a pair' }).count()).toBe(1);
    await screenshot(page, 'phone-shoes-placeholder');
    await shell(page).open('Runs');
    await title('Runs');

    await shell(page).open('Pain');
    await title('Pain diary');
    // The diary (issue 12): an empty diary says what will appear and offers the entry form.
    await page.getByText(/Entries you log appear here/).waitFor();
    expect(await page.getByRole('main').getByRole('button', { name: 'Save entry' }).count()).toBe(1);
    await screenshot(page, 'phone-pain-empty');

    await shell(page).open('Plan');
    await title('Plan');
    await screenshot(page, 'phone-plan-placeholder');
    await page.getByRole('main').getByRole('link', { name: 'Start a check-in' }).click();
    await page.getByRole('heading', { name: 'About you', level: 1 }).waitFor();

    for (const [label, name] of [
      ['Settings', 'Settings'],
      ['Runs', 'Runs'],
    ] as const) {
      await shell(page).open(label);
      await title(name);
    }
    await page.getByRole('link', { name: 'Import runs' }).first().click();
    await title('Import runs');
    await page.goto('/runs/new');
    await title('Add a run by hand');
    await page.goto('/more');
    await title('More');
    const run = await post(page, '/api/runs', {
      startTime: new Date(Date.now() - 86_400_000).toISOString(),
      distanceM: 8000,
      elapsedS: 2700,
      indoor: false,
      name: 'Sunday long run',
    });
    await page.goto(`/runs/${run.id}`);
    await title('Sunday long run');
    // Leaving a page puts its title away; Home has its own.
    await shell(page).open('Home', 'Today');
    await expect.poll(() => page.title()).toBe('Today · backstride');
    await context.close();
  });
});
