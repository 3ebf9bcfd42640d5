import { describe, expect, it, vi } from 'vitest';
import { memoByObject } from './memoByObject.ts';

describe('memoByObject', () => {
  it('makes a value once per key object, and apart for each key', () => {
    const make = vi.fn((key: { n: number }) => ({ twice: key.n * 2 }));
    const twice = memoByObject(make);
    const a = { n: 1 };
    const b = { n: 1 };
    expect(twice(a)).toBe(twice(a));
    expect(twice(b)).not.toBe(twice(a));
    expect(twice(b)).toEqual({ twice: 2 });
    expect(make).toHaveBeenCalledTimes(2);
  });
});
