import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';

/** A throttled 4G phone-class profile: 9 Mbps down, 1.5 Mbps up, 170 ms round trip, CPU 4× slower. */
export const PROFILE = { downMbps: 9, upMbps: 1.5, rttMs: 170, cpu: 4 } as const;
export const PROFILE_LABEL = `${PROFILE.downMbps}/${PROFILE.upMbps} Mbps, ${PROFILE.rttMs} ms RTT, CPU ${PROFILE.cpu}×`;

/** One JS response of a page load: bytes on the wire (body, as encoded) and the encoding the server chose. */
export type JsResponse = { file: string; transferred: number; encoding: string };
export type PageLoad = { ms: number; js: JsResponse[] };

/** Debian's Chromium, flags as in playwright.config.ts (never Playwright's own download). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Throughputs are in bytes per second; the latency is added to every request (Chromium's request-level model).
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.rttMs,
    downloadThroughput: (PROFILE.downMbps * 1_000_000) / 8,
    uploadThroughput: (PROFILE.upMbps * 1_000_000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
}

/** Collects every JS response of the page with its encoded body size. */
function recordJs(page: Page): () => Promise<JsResponse[]> {
  const pending: Promise<JsResponse | null>[] = [];
  page.on('requestfinished', (req) => {
    const file = /\/assets\/([^/?]+\.js)$/.exec(new URL(req.url()).pathname)?.[1];
    if (!file) return;
    pending.push(
      Promise.all([req.sizes(), req.response()]).then(([sizes, res]) => ({
        file,
        transferred: sizes.responseBodySize,
        encoding: res?.headers()['content-encoding'] ?? 'identity',
      })),
    );
  });
  return async () => (await Promise.all(pending)).filter((r): r is JsResponse => r !== null);
}

/**
 * Opens `url` in a fresh context (empty cache, as a first visit) under the profile and returns the
 * page's own clock (ms since navigation start) when `ready` first holds, plus the JS it fetched
 * until the network went quiet. `prepare` runs unthrottled before (e.g. signing in).
 */
export async function timedLoad(
  browser: Browser,
  url: string,
  ready: Ready,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  try {
    await prepare?.(context);
    const page = await context.newPage();
    await throttle(context, page);
    const js = recordJs(page);
    await page.goto(url, { waitUntil: 'commit' });
    // Polled every frame inside the page: the figure is the page's clock, not the driver's round trips.
    // A function, not a string: the app's CSP forbids eval, which a string predicate would need.
    const handle = await page.waitForFunction(ready.fn, ready.arg, { polling: 'raf', timeout: 60_000 });
    const ms = Number(await handle.jsonValue());
    await page.waitForLoadState('networkidle');
    return { ms, js: await js() };
  } finally {
    await context.close();
  }
}

/** A predicate run in the page: the page's clock (ms since navigation start) once it holds, else 0. */
export type Ready = { fn: (arg: string) => number; arg: string };

/** The sign-in form is usable: both fields and an enabled submit button are rendered (React's handlers are attached on commit). */
export const LOGIN_READY: Ready = {
  fn: () => {
    const ok =
      document.querySelector('input[type=email]') &&
      document.querySelector('input[type=password]') &&
      document.querySelector('form button[type=submit]:not([disabled])');
    return ok ? performance.now() : 0;
  },
  arg: '',
};

/** The employee's home shows its content: the greeting with the person's name and the cards. */
export const homeReady = (name: string): Ready => ({
  fn: (who) => {
    const h1 = document.querySelector('main h1');
    const ok = h1?.textContent?.includes(who) && document.querySelector('main ul.cards li a');
    return ok ? performance.now() : 0;
  },
  arg: name,
});

/** Signs the context in through the API (as the login form does): the cookies then belong to the page. */
export async function signInContext(context: BrowserContext, baseUrl: string, email: string, password: string) {
  await context.request.get(`${baseUrl}/api/v1/health`);
  const csrf = (await context.cookies(baseUrl)).find((c) => c.name === 'mendan_csrf')?.value;
  if (!csrf) throw new Error('no mendan_csrf cookie on the first response');
  const res = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email, password }, headers: { 'x-csrf-token': csrf } });
  if (!res.ok()) throw new Error(`login as ${email} failed: HTTP ${res.status()} ${await res.text()}`);
}
