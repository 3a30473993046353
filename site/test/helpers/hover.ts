// The mouse over every visible element of a page, one after another, for the hostile-text tests:
// a payload that waits for a pointer event must get one. Each element is hovered as Playwright's
// `hover({ force: true })` hovers it (scrolled into view if needed, the pointer moved to the
// middle of its first box in the viewport, whatever lies on top there), but with one call into
// the page per element instead of Playwright's five or so, and without finding every element
// again before each hover as the `nth` locators of `locator.all()` do (ADR 78).
import type { Locator, Page } from 'playwright-core';

/** Moves the mouse over each visible element `elements` matches, in document order. */
export async function hoverEach(page: Page, elements: Locator): Promise<void> {
  for (const element of await elements.filter({ visible: true }).elementHandles()) {
    const point = await element.evaluate((node) => {
      const el = node as Element;
      // Chromium's own, with the semantics of DevTools' DOM.scrollIntoViewIfNeeded that Playwright
      // calls: scrolled only when not already in view, then centred.
      (el as Element & { scrollIntoViewIfNeeded(center: boolean): void }).scrollIntoViewIfNeeded(true);
      for (const box of el.getClientRects()) {
        const left = Math.max(box.left, 0);
        const right = Math.min(box.right, window.innerWidth);
        const top = Math.max(box.top, 0);
        const bottom = Math.min(box.bottom, window.innerHeight);
        // As Playwright: the first box with any area left inside the viewport.
        if ((right - left) * (bottom - top) > 0.99) return { x: (left + right) / 2, y: (top + bottom) / 2 };
      }
      return `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" has no box in the viewport`;
    });
    if (typeof point === 'string') throw new Error(`cannot hover: ${point}`);
    await page.mouse.move(Math.round(point.x * 100) / 100, Math.round(point.y * 100) / 100);
  }
}
