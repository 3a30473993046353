// axe-core in a loaded page, for the browser tests that run it at several widths of one colour
// scheme. Every rule runs at every setting, but axe's `color-contrast` rule (more than half of an
// axe run) is run again after a resize only on the elements whose contrast could have changed
// (ADR 58): contrast is a function of an element's colours, font and visibility and those of its
// ancestors, and a resize changes none of them for an element that no width media query touches.
// Rules whose every finding is minor or moderate are not run at all: the tests ask only for
// serious and critical ones, and axe gives each finding its rule's impact (ADR 89).
import type { Page } from 'playwright-core';
import { AXE_PATH } from './chromium.ts';

/** Adds axe to the loaded page (once per load: a navigation drops it). */
export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE_PATH });
}

/**
 * Serious and critical axe violations on the page as it is now, one line each.
 *
 * `scheme` names the colour scheme the page is in. Only rules that can find a serious or critical
 * violation run. The first call for a scheme runs each of them on the whole page and records, for
 * every element, what its contrast depends on: whether it is shown, its colour, background, font
 * size and weight, opacity, text shadow, filter and blend mode, and the backgrounds of its
 * `::before` and `::after`. A later call for the same scheme (the page
 * resized) runs every other rule on the whole page, and `color-contrast` on each element whose
 * record differs from the first call's, with everything inside it (so an element whose ancestor
 * changed background is checked too). Elements added since are checked as changed.
 */
export function seriousViolations(page: Page, scheme: string): Promise<string[]> {
  return page.evaluate(async (key) => {
    type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    type Axe = {
      run(context: unknown, options: unknown): Promise<AxeResult>;
      /** axe's loaded configuration: each rule's id and the impact it gives every finding. */
      _audit?: { rules?: { id: string; impact?: string | null }[] };
    };
    const win = window as unknown as { axe: Axe; __contrastInputs?: Record<string, Map<Element, string>> };
    // A rule's impact, when it has one, is the impact of each of its findings (axe's
    // finalizeRuleResult); a rule without one takes its checks' and is kept.
    const auditRules = win.axe._audit?.rules;
    if (!auditRules?.length) throw new Error('axe: no rule list in axe._audit; the helper cannot tell rules apart');
    const neverSerious = Object.fromEntries(
      auditRules
        .filter((rule) => rule.impact === 'minor' || rule.impact === 'moderate')
        .map((rule) => [rule.id, { enabled: false }]),
    );
    const styleOf = (el: Element): string => {
      const s = getComputedStyle(el);
      const before = getComputedStyle(el, '::before');
      const after = getComputedStyle(el, '::after');
      return [
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        s.color,
        s.backgroundColor,
        s.backgroundImage,
        s.fontSize,
        s.fontWeight,
        s.opacity,
        s.textShadow,
        s.filter,
        s.mixBlendMode,
        before.backgroundColor,
        before.backgroundImage,
        after.backgroundColor,
        after.backgroundImage,
      ].join('|');
    };
    const inputs = () => new Map([...document.querySelectorAll('*')].map((el) => [el, styleOf(el)]));
    win.__contrastInputs ??= {};
    const recorded = win.__contrastInputs;
    const serious = (result: AxeResult) =>
      result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const first = recorded[key];
    if (!first) {
      recorded[key] = inputs();
      return serious(await win.axe.run(document, { resultTypes: ['violations'], rules: neverSerious }));
    }
    const found = serious(
      await win.axe.run(document, {
        resultTypes: ['violations'],
        rules: { ...neverSerious, 'color-contrast': { enabled: false } },
      }),
    );
    const changed = [...inputs()].filter(([el, now]) => first.get(el) !== now).map(([el]) => el);
    // Outermost only: an element's subtree is checked with it.
    const changedSet = new Set(changed);
    const outermost = changed.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (changedSet.has(up)) return false;
      return true;
    });
    if (outermost.length > 0) {
      found.push(
        ...serious(
          await win.axe.run({ include: outermost }, { resultTypes: ['violations'], runOnly: ['color-contrast'] }),
        ),
      );
    }
    return found;
  }, scheme);
}
