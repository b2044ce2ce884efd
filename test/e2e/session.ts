/** What every pane e2e file shares: closing its pages, browser and server, and the Office.js stand-in page script. */
import nodePath from "path";
import { buildSync } from "esbuild";
import type { Browser } from "playwright-core";
import type { RecordedPage } from "./browser";
import type { StaticServer } from "./static-server";

/** Office.js's CDN address: the stand-in is served there, so the page runs its Excel code path. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export async function closeSession(pages: RecordedPage[], browser: Browser | undefined, server: StaticServer | undefined): Promise<void> {
  for (const p of pages) await p.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
}

/** fixtures/office-standin-page.ts bundled for the page. */
export function standinScript(): string {
  return buildSync({
    entryPoints: [nodePath.join(__dirname, "fixtures", "office-standin-page.ts")],
    bundle: true,
    format: "iife",
    write: false,
    platform: "browser",
    logLevel: "silent",
  }).outputFiles[0].text;
}
