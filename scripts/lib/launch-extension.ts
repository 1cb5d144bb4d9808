// Launches Chromium with the built extension loaded and the demo portal hosts mapped to the
// loopback server. Shared by `npm start`, the end-to-end suite and the browser benches.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrowser } from './find-browser';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchOptions {
  hostResolverRules: string;
  headless?: boolean;
  extensionDir?: string;
  /** Browser UI language, e.g. 'en-US' or 'vi-VN'. */
  lang?: string;
  viewport?: { width: number; height: number } | null;
  /** A profile kept by the caller (a restart reopens it); by default a fresh one, removed on close. */
  userDataDir?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: LaunchOptions): Promise<ExtensionSession> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const lang = opts.lang ?? 'en-US';
  const ownProfile = opts.userDataDir === undefined;
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'govmark-profile-'));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${opts.hostResolverRules}`,
    `--lang=${lang}`,
    // The machine's network is closed: background fetches only produce refused connections.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless: opts.headless ?? true,
    args,
    locale: lang,
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
