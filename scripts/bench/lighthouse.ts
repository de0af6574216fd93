/** Lighthouse (its Node API) driving Debian's Chromium through chrome-launcher. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits below a full score that count towards a category under 100 (id and score 0–1). */
  failing: Record<Category, { id: string; score: number; displayValue?: string }[]>;
  /** Core metrics as Lighthouse measured them (mobile, simulated throttling). */
  metrics: Record<string, number | undefined>;
  runtimeError?: string;
}

let launched: chromeLauncher.LaunchedChrome | undefined;

/** Kill the Chrome Lighthouse is driving, if any. */
export function killLighthouseChrome(): void {
  try {
    launched?.kill();
  } catch {}
  launched = undefined;
}

/** Run Lighthouse's default (mobile) configuration on each path of a served site, one Chrome for all. */
export async function runLighthouse(site: string, paths: readonly string[], progress: (line: string) => void): Promise<LighthouseResult[]> {
  launched = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent', handleSIGINT: false });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const url = new URL(path.replace(/^\//u, ''), site).href;
      const runner = await lighthouse(url, { port: launched.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = runner;
      const scores = {} as LighthouseResult['scores'];
      const failing = {} as LighthouseResult['failing'];
      for (const category of CATEGORIES) {
        const result = lhr.categories[category];
        scores[category] = result?.score === null || result?.score === undefined ? null : Math.round(result.score * 100);
        failing[category] = (result?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 || category === 'performance')
          .map((ref) => lhr.audits[ref.id])
          .filter((audit): audit is NonNullable<typeof audit> => audit !== undefined)
          .filter((audit) => audit.scoreDisplayMode === 'error' || (['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1))
          .map((audit) => ({ id: audit.id, score: audit.score ?? 0, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }));
      }
      const metric = (id: string) => lhr.audits[id]?.numericValue;
      const metrics = {
        'first-contentful-paint': metric('first-contentful-paint'),
        'largest-contentful-paint': metric('largest-contentful-paint'),
        'total-blocking-time': metric('total-blocking-time'),
        'cumulative-layout-shift': metric('cumulative-layout-shift'),
        'speed-index': metric('speed-index'),
      };
      const entry: LighthouseResult = { path, scores, failing, metrics, ...(lhr.runtimeError ? { runtimeError: lhr.runtimeError.message } : {}) };
      results.push(entry);
      progress(`    ${path}: ${CATEGORIES.map((category) => `${category} ${scores[category] ?? 'n/a'}`).join(', ')}`);
    }
  } finally {
    killLighthouseChrome();
  }
  return results;
}
