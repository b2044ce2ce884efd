/**
 * First script of taskpane.html (blocking, in <head>). Inside an Office host it loads Office.js
 * from Microsoft's CDN (the only supported source) before the functions and pane bundles run;
 * in a plain browser it loads nothing, so preview mode never leaves the page's origin.
 */
import { officeHostLikely, readHints } from "./host-detect";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

if (officeHostLikely(readHints(window))) {
  // A parser-inserted script blocks the following bundles until Office.js has loaded, which the
  // custom functions' registration needs; a DOM-inserted script would not.
  document.write(`<script src="${OFFICE_JS}"></script>`);
}
