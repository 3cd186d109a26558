import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';

/**
 * Issue 5, "Accessibility of what exists": axe-core on every page a spec shows. Every spec calls
 * {@link expectAccessible} on each page (and state) it reaches, so a later page meets the same bar:
 * no serious or critical violation of WCAG 2.x A/AA or axe's best practices.
 *
 * axe-core is evaluated in the page through Playwright (not a `<script>` tag), so the gateway's
 * Content-Security-Policy stays as strict as it is and sees nothing of the check.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a test; moderate and minor ones are reported as annotations. */
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core on the page as it is now and returns every violation. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeResults = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        helpUrl: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, {
      resultTypes: ['violations'],
      // WCAG 2.5.3 "label in name" is an experimental rule in axe: a control whose visible text
      // is not part of its accessible name (speech users say what they see)
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

function describe(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n'),
    )
    .join('\n');
}

/**
 * Fails when axe finds a serious or critical violation on the page as it is now; `name` says
 * which page and state in the report. Milder findings become test annotations.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const mild = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (mild.length > 0) {
    test.info().annotations.push({ type: 'axe (moderate/minor)', description: `${name}\n${describe(mild)}` });
  }
  expect(blocking, `serious or critical accessibility violations on ${name}:\n${describe(blocking)}`).toEqual([]);
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/**
 * Checks the page at desktop width and on a 375 px phone (nothing wider than the screen, and
 * again with the header menu open when there is one), then returns to desktop width. `shot`
 * names a full-page screenshot per width in `artifacts/`.
 */
export async function expectAccessibleAtEveryWidth(
  page: Page,
  name: string,
  shot?: { dir: string; file: string },
): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page, `${name} (1280 px)`);
  if (shot) await page.screenshot({ path: `${shot.dir}${shot.file}.png`, fullPage: true });

  await page.setViewportSize(PHONE);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${name} is wider than a 375 px phone`,
  ).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page, `${name} (375 px)`);
  if (shot) await page.screenshot({ path: `${shot.dir}${shot.file}-375.png`, fullPage: true });
  const menu = page.locator('button.menu-toggle');
  if (await menu.isVisible()) {
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expectAccessible(page, `${name} (375 px, menu open)`);
    if (shot) await page.screenshot({ path: `${shot.dir}${shot.file}-375-menu.png`, fullPage: true });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  }
  await page.setViewportSize(DESKTOP);
}
