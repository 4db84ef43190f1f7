import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Where a webhook may point (docs/decisions/0021). https only, except plain http to this machine for tests;
 * no user:password in the URL. Unless the operator allows private targets (WEBHOOK_ALLOW_PRIVATE=true, for
 * in-house tools on the intranet and for tests), an address in a private, loopback, link-local (cloud
 * metadata), CGNAT or unspecified range is refused, checked on save and again before every send.
 */
export type UrlProblem = 'format' | 'https' | 'private';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function urlFormatProblem(value: string): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'format';
  }
  if (url.username || url.password || url.hash) return 'format';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') return LOOPBACK_HOSTS.has(url.hostname) ? null : 'https';
  return 'format';
}

const v4 = (ip: string) => ip.split('.').map(Number) as [number, number, number, number];

/** Whether an address is not on the public internet. */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]!);
  if (isIP(ip) === 4) {
    const [a, b] = v4(ip);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const low = ip.toLowerCase();
  return low === '::' || low === '::1' || /^f[cd]/.test(low) || /^fe[89ab]/.test(low) || /^ff/.test(low);
}

/** The addresses the URL's host stands for (a literal address is itself). */
async function addressesOf(host: string): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return [bare];
  return (await lookup(bare, { all: true })).map((a) => a.address);
}

/** The whole check: format, scheme, and (unless allowed) where the host's addresses lie. DNS failures count as 'format'. */
export async function urlProblem(value: string, allowPrivate: boolean): Promise<UrlProblem | null> {
  const format = urlFormatProblem(value);
  if (format) return format;
  const { hostname } = new URL(value);
  // Plain http is only ever to this machine, which is private by definition: allowed only with the setting.
  if (new URL(value).protocol === 'http:' && !allowPrivate) return 'private';
  if (allowPrivate) return null;
  try {
    const addresses = await addressesOf(hostname);
    return addresses.some(isPrivateAddress) ? 'private' : null;
  } catch {
    return 'format';
  }
}

/** What the admin sees of a stored URL: the scheme and host, and the last 4 characters (the rest may be a credential). */
export function urlHint(value: string): string {
  try {
    const u = new URL(value);
    return `${u.protocol}//${u.host}/…${value.slice(-4)}`;
  } catch {
    return '…';
  }
}
