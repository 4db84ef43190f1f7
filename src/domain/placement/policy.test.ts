import { describe, expect, it } from 'vitest';
import { canDecide, canEditWish, isOpenState, wishFacts, wishState, wishView } from './policy';

const none = { self: false, hr: false, manager: false, keptFrom: false };

describe('who sees a wish', () => {
  it('the employee sees their own, whatever the disclosure', () => {
    expect(wishView({ ...none, self: true }, 'hr_only')).toBe('owner');
    expect(wishView({ ...none, self: true }, 'manager_hr')).toBe('owner');
  });

  it('the current manager sees only what was shared with the manager', () => {
    expect(wishView({ ...none, manager: true }, 'manager_hr')).toBe('manager');
    expect(wishView({ ...none, manager: true }, 'hr_only')).toBe('none');
  });

  it('HR sees every wish, except 人事のみ the employee keeps from them (their manager, now or when they wrote it)', () => {
    expect(wishView({ ...none, hr: true }, 'hr_only')).toBe('hr');
    expect(wishView({ ...none, hr: true }, 'manager_hr')).toBe('hr');
    expect(wishView({ ...none, hr: true, manager: true, keptFrom: true }, 'hr_only')).toBe('none');
    expect(wishView({ ...none, hr: true, manager: true, keptFrom: true }, 'manager_hr')).toBe('hr');
    // Moved away since: no longer the manager, still kept from.
    expect(wishView({ ...none, hr: true, keptFrom: true }, 'hr_only')).toBe('none');
  });

  it("works out kept-from from the current manager and the wish's record", () => {
    const hr = { id: 'h', roles: new Set(['hr'] as const), locale: 'ja' as const };
    expect(wishFacts(hr, { id: 'e', managerId: 'h' }).keptFrom).toBe(true);
    expect(wishFacts(hr, { id: 'e', managerId: 'm' }, ['h']).keptFrom).toBe(true);
    expect(wishFacts(hr, { id: 'e', managerId: 'm' }, ['x']).keptFrom).toBe(false);
  });

  it('colleagues see nothing', () => {
    expect(wishView(none, 'manager_hr')).toBe('none');
  });
});

describe('who acts on a wish', () => {
  it('the owner edits an open wish; HR decides on an open wish of someone else', () => {
    expect(canEditWish('owner', 'open')).toBe(true);
    expect(canEditWish('owner', 'withdrawn')).toBe(false);
    expect(canEditWish('hr', 'open')).toBe(false);
    expect(canDecide('hr', 'open')).toBe(true);
    expect(canDecide('hr', 'withdrawn')).toBe(false);
    // HR's own wish is theirs as an employee: someone else in HR answers it.
    expect(canDecide('owner', 'open')).toBe(false);
    expect(canDecide('manager', 'open')).toBe(false);
  });
});

describe('state of a wish', () => {
  it('is the latest decision, new before one, withdrawn above all', () => {
    expect(wishState('open', null)).toBe('new');
    expect(wishState('open', 'offered')).toBe('offered');
    expect(wishState('withdrawn', 'offered')).toBe('withdrawn');
    expect(isOpenState('notNow')).toBe(true);
    expect(isOpenState('moved')).toBe(false);
    expect(isOpenState('withdrawn')).toBe(false);
  });
});
