// Launches Firefox (Debian's firefox-esr) over WebDriver BiDi with puppeteer-core and installs the
// Firefox build of the extension as a temporary add-on. Firefox has no --host-resolver-rules: the
// profile's HTTP and HTTPS proxy is the loopback demo server, which routes by the request's host,
// so every page Firefox asks for ends there and nothing reaches the network.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export class FirefoxNotFoundError extends Error {
  constructor() {
    super(
      'No Firefox found. Set FIREFOX_PATH to its executable, or install one ' +
        '(Debian/Ubuntu: `sudo apt-get install firefox-esr`).',
    );
  }
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new FirefoxNotFoundError();
  return found;
}

/** Profile preferences that send every http and https request to the demo server on loopback. */
export function proxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    // https goes there too, as CONNECT, which the demo server refuses: no request leaves the machine.
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

export interface FirefoxLaunchOptions {
  /** Port of the demo server, used as the profile's proxy. */
  proxyPort: number;
  headless?: boolean;
  extensionDir?: string;
  /** Browser UI language, e.g. 'en-US' or 'vi-VN'. */
  lang?: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The moz-extension:// host, fixed at install through extensions.webextensions.uuids. */
  extensionUuid: string;
  /** Opens an extension page (popup, sidepanel, dashboard) in a new tab once it has rendered. */
  openExtensionPage(name: string, readySelector?: string): Promise<Page>;
  close(): Promise<void>;
}

function addonIdOf(extensionDir: string): string {
  const manifestFile = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`The Firefox build is missing (${extensionDir}): run \`npm run build:firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestFile} names no browser_specific_settings.gecko.id.`);
  return id;
}

export async function launchFirefoxWithExtension(opts: FirefoxLaunchOptions): Promise<FirefoxSession> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const addonId = addonIdOf(extensionDir);
  const extensionUuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: opts.headless ?? true,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...proxyPrefs(opts.proxyPort),
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: extensionUuid }),
      'intl.locale.requested': opts.lang ?? 'en-US',
      'intl.accept_languages': opts.lang ?? 'en-US',
    },
  });
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    addonId,
    extensionUuid,
    async openExtensionPage(name, readySelector = '[data-ready]') {
      const page = await browser.newPage();
      const url = `moz-extension://${extensionUuid}/${name}.html`;
      // The extension page loads in the extension process; BiDi never reports that navigation
      // as finished, so start it, do not wait for it, and poll for the page's own ready mark
      // (a poll may meet the old document as it goes away: that is not an answer, try again).
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const ready = await page
          .evaluate((sel) => (document.querySelector(sel) ? location.href : null), readySelector)
          .catch(() => null);
        if (ready === url) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not show ${readySelector} within 20 s.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}
