/**
 * A tiny read-only static server for the built pane (dist/), on 127.0.0.1 and an ephemeral port,
 * so the e2e run needs no dev server, certificate or extra dependency.
 */
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import nodePath from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** every path asked for, in order (what the page fetched from us). */
  requested: string[];
  close(): Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const base = nodePath.resolve(root);
  const requested: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requested.push(pathname);
    const file = nodePath.resolve(base, `.${pathname}`);
    // Never serve outside root (a "../" in the URL).
    if (req.method !== "GET" || !(file === base || file.startsWith(base + nodePath.sep))) {
      res.writeHead(req.method === "GET" ? 403 : 405).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[nodePath.extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        requested,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
