/**
 * The HTTP server: Express in front of Remix. It adds the security headers and the CSP nonce to
 * every response and serves the built assets; in development Vite serves them instead.
 */
import crypto from "node:crypto";
import http from "node:http";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import type { ViteDevServer } from "vite";
import { appUrl, type Env } from "~/env.server";
import { isCrossSiteMutation } from "~/utils/origin.server";
import { securityHeaders } from "~/utils/security-headers.server";

export interface HttpServer {
  url: string;
  close(): Promise<void>;
}

async function viteDevServer(): Promise<ViteDevServer> {
  const vite = await import("vite");
  return vite.createServer({ server: { middlewareMode: true } });
}

export async function startHttpServer(env: Env, { dev }: { dev: boolean }): Promise<HttpServer> {
  const app = express();
  app.disable("x-powered-by");
  if (env.TRUST_PROXY) {
    // A number of hops, or Express's names and subnets ("loopback", "10.0.0.0/8", …).
    app.set("trust proxy", /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY);
  }
  const https = appUrl(env).protocol === "https:";

  app.use((_req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.set(securityHeaders({ nonce, https, dev }));
    next();
  });

  // State changes only from our own pages (CSRF); the page's own address counts besides APP_URL.
  app.use((req, res, next) => {
    const own = [appUrl(env).origin, `${req.protocol}://${req.get("host")}`];
    if (isCrossSiteMutation(req.method, req.headers as Record<string, string>, own)) {
      res.status(403).type("text/plain").send("Cross-site request refused.");
      return;
    }
    next();
  });

  let vite: ViteDevServer | undefined;
  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (dev) {
    vite = await viteDevServer();
    app.use(vite.middlewares);
    build = () => vite!.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const client = path.resolve("build/client");
    // Fingerprinted assets never change; everything else may.
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(client, { maxAge: "1h" }));
    build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: dev ? "development" : "production",
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip ?? "unknown" }),
    }),
  );

  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, resolve);
  });

  return {
    url: `http://${env.HOST === "0.0.0.0" || env.HOST === "127.0.0.1" ? "localhost" : env.HOST}:${env.PORT}`,
    async close() {
      await vite?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; requests in flight get a few seconds.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 3_000).unref();
      });
    },
  };
}
