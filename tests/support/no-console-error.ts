import { afterEach, beforeEach, expect, vi } from 'vitest';

// A test that logs console.error fails: errors must be handled, not printed.
let spy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  spy = vi.spyOn(console, 'error');
});
afterEach(() => {
  const calls = spy.mock.calls;
  spy.mockRestore();
  expect(calls, 'console.error was called').toEqual([]);
});
