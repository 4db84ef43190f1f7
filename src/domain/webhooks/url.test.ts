import { describe, expect, it } from 'vitest';
import { isPrivateAddress, urlFormatProblem, urlHint, urlProblem } from './url';

describe('where a webhook may point', () => {
  it('takes https, and plain http to this machine only', () => {
    expect(urlFormatProblem('https://hooks.slack.com/services/T0/B0/x')).toBeNull();
    expect(urlFormatProblem('http://127.0.0.1:8080/hook')).toBeNull();
    expect(urlFormatProblem('http://localhost/hook')).toBeNull();
    expect(urlFormatProblem('http://example.com/hook')).toBe('https');
    expect(urlFormatProblem('ftp://example.com/')).toBe('format');
    expect(urlFormatProblem('https://user:pw@example.com/')).toBe('format');
    expect(urlFormatProblem('not a url')).toBe('format');
  });

  it('knows the private, loopback, link-local and reserved ranges', () => {
    for (const ip of ['10.1.2.3', '127.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['::1', '::', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1']) expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '172.32.0.1', '203.0.113.5', '2001:db8::1', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('refuses private targets unless the operator allows them', async () => {
    expect(await urlProblem('https://10.0.0.5/hook', false)).toBe('private');
    expect(await urlProblem('https://[::1]/hook', false)).toBe('private');
    expect(await urlProblem('http://127.0.0.1:9/hook', false)).toBe('private');
    expect(await urlProblem('https://169.254.169.254/latest/meta-data', false)).toBe('private');
    expect(await urlProblem('http://127.0.0.1:9/hook', true)).toBeNull();
    expect(await urlProblem('https://203.0.113.5/hook', false)).toBeNull();
  });

  it('shows only the scheme, host and the last 4 characters', () => {
    expect(urlHint('https://hooks.slack.com/services/T0/B0/abcdef1234')).toBe('https://hooks.slack.com/…1234');
  });
});
