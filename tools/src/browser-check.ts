import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** What a headless browser saw when it opened the report. */
export interface BrowserCheck {
  /** Data marks drawn per chart id (0 = an empty chart); charts that never finished are missing. */
  readonly charts: Record<string, number>;
  /** Errors the page recorded (console.error, uncaught errors, failed loads, chart failures). */
  readonly pageErrors: string[];
  /** Console errors the browser itself logged. */
  readonly consoleErrors: string[];
}

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-logging=stderr",
  "--v=0",
  "--virtual-time-budget=20000",
];

/** @returns the path of a Chromium or Chrome binary: `$CHROMIUM`, else the first of the usual names on PATH; or null. */
export function findChromium(): string | null {
  if (process.env.CHROMIUM && existsSync(process.env.CHROMIUM)) return process.env.CHROMIUM;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/**
 * Opens the report in headless Chromium, lets its charts render, and reads back what the page
 * recorded: marks drawn per chart and any errors.
 *
 * @returns the check's findings.
 * @throws Error when no browser is installed or it fails to run.
 */
export function checkReportInBrowser(
  htmlFile: string,
  options: { chromium?: string; screenshot?: string } = {},
): BrowserCheck {
  const chromium = options.chromium ?? findChromium();
  if (!chromium) throw new Error("no Chromium found: install Debian's chromium, or set CHROMIUM to a Chrome binary");
  const profile = mkdtempSync(join(tmpdir(), "report-check-"));
  const url = pathToFileURL(resolve(htmlFile)).href;
  try {
    const run = spawnSync(chromium, [...FLAGS, `--user-data-dir=${profile}`, "--dump-dom", url], {
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error || run.status !== 0)
      throw new Error(`chromium failed: ${run.error?.message ?? run.stderr.slice(-2000)}`);
    if (options.screenshot) {
      spawnSync(
        chromium,
        [
          ...FLAGS,
          `--user-data-dir=${profile}`,
          "--hide-scrollbars",
          "--window-size=1280,2400",
          `--screenshot=${resolve(options.screenshot)}`,
          url,
        ],
        { timeout: 60_000 },
      );
    }
    const text = (id: string) =>
      decodeEntities(new RegExp(`<pre id="${id}"[^>]*>([^<]*)</pre>`, "u").exec(run.stdout)?.[1] ?? "");
    const status = text("chart-status");
    return {
      charts: status ? (JSON.parse(status) as Record<string, number>) : {},
      pageErrors: JSON.parse(text("page-errors") || "[]") as string[],
      consoleErrors: run.stderr.split("\n").filter((l) => /CONSOLE/u.test(l) && /error|uncaught/iu.test(l)),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&");
}
