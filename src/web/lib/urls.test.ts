import { describe, expect, it } from 'vitest';
import { loginUrl, pageParam, readCookie, safeNext, toQuery } from './urls';

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/directory?q=山田')).toBe('/directory?q=山田');
  });
  it('refuses other sites and odd values', () => {
    for (const bad of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'directory', '/login?next=/x'])
      expect(safeNext(bad)).toBe('/');
  });
});

describe('loginUrl', () => {
  it('remembers where the person was', () => {
    expect(loginUrl({ pathname: '/directory', search: '?q=a' })).toBe('/login?next=%2Fdirectory%3Fq%3Da');
    expect(loginUrl({ pathname: '/', search: '' })).toBe('/login');
    expect(loginUrl({ pathname: '/login', search: '?next=%2Fx' })).toBe('/login');
  });
});

describe('query helpers', () => {
  it('drops empty values', () => {
    expect(toQuery({ q: '山田', status: 'active', grade: '', page: 2, x: null })).toBe('?q=%E5%B1%B1%E7%94%B0&status=active&page=2');
    expect(toQuery({ q: '' })).toBe('');
  });
  it('reads page numbers defensively', () => {
    expect(pageParam('3')).toBe(3);
    expect(pageParam(null)).toBe(1);
    expect(pageParam('-1')).toBe(1);
    expect(pageParam('2.5')).toBe(1);
  });
  it('reads a cookie', () => {
    expect(readCookie('a=1; mendan_csrf=abc%3D; b=2', 'mendan_csrf')).toBe('abc=');
    expect(readCookie('a=1', 'mendan_csrf')).toBeUndefined();
  });
});
