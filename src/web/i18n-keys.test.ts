import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n';

const root = new URL('.', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

const lookup = (obj: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);

describe('UI catalog', () => {
  // Every literal key the UI passes to t() must exist, so no screen ever shows a raw key.
  const used = new Set<string>();
  for (const file of sources(root)) {
    for (const m of readFileSync(file, 'utf8').matchAll(
      /\bt\(\s*'((?:ui|errors|app|auth|home|prep|schedule|forms|rounds|notify|skills|record|insight|trends|themes|placement|setup|career)\.[A-Za-z0-9_.]+)'/g,
    ))
      used.add(m[1]!);
  }

  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(100);
  });

  it.each(['ja', 'en'] as const)('%s has every key the UI uses, as text', (lang) => {
    const missing = [...used].filter((k) => typeof lookup(resources[lang].translation, k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('has labels for the keys built at run time', () => {
    const ja = resources.ja.translation;
    for (const k of [
      'home',
      'prep',
      'interviews',
      'rounds',
      'templates',
      'directory',
      'departments',
      'import',
      'outbox',
      'audit',
      'settings',
    ])
      expect(typeof lookup(ja, `ui.nav.${k}`)).toBe('string');
    const cards = [
      'prep',
      'skills',
      'history',
      'wishes',
      'interviews',
      'rounds',
      'insight',
      'placement',
      'templates',
      'questions',
      'rules',
      'profile',
    ].concat(['directory', 'departments', 'newEmployee', 'import', 'outbox', 'audit', 'settings']);
    for (const lang of ['ja', 'en'] as const)
      for (const k of cards) {
        expect(typeof lookup(resources[lang].translation, `ui.home.cards.${k}.title`), `${lang} ${k}`).toBe('string');
        expect(typeof lookup(resources[lang].translation, `ui.home.cards.${k}.body`), `${lang} ${k}`).toBe('string');
      }
  });
});
