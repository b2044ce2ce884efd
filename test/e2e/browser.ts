/**
 * Debian's Chromium driven by playwright-core (`npx playwright install` needs the network, so the
 * system browser is used; CHROMIUM_PATH overrides). Each page records what the e2e checks need:
 * every request, dialogs, page errors and console errors (a CSP violation is a console error).
 */
import fs from "fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium fonts-noto-cjk (as .ci/run does) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
}

export interface RecordedPage {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context (no storage carried over) sized like an Office task pane. */
export async function openRecordedPage(browser: Browser): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const recorded: RecordedPage = { page, requests: [], dialogs: [], errors: [], close: () => context.close() };
  page.on("request", (request) => recorded.requests.push(request.url()));
  page.on("dialog", (dialog) => {
    recorded.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => recorded.errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") recorded.errors.push(`console: ${message.text()}`);
  });
  return recorded;
}
