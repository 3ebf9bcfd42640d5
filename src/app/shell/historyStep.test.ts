import { describe, expect, it } from 'vitest';
import { COALESCE_MS, historyStep } from './historyStep.ts';

describe('historyStep', () => {
  it('never adds a Back step for map moves', () => {
    expect(historyStep({ mode: 'replace' }, null, 0)).toBe('replace');
  });
  it('gives every discrete change its own step, however quick', () => {
    expect(historyStep({ mode: 'push' }, { kind: null, at: 0 }, 10)).toBe('push');
  });
  it('folds a burst of the same continuous change into one step', () => {
    expect(historyStep({ mode: 'burst', kind: 'q' }, { kind: 'q', at: 1000 }, 1200)).toBe(
      'replace',
    );
  });
  it('starts a new step for a new burst, or the same one after a pause', () => {
    expect(historyStep({ mode: 'burst', kind: 'q' }, null, 0)).toBe('push');
    expect(historyStep({ mode: 'burst', kind: 'dates' }, { kind: 'q', at: 0 }, 10)).toBe('push');
    expect(historyStep({ mode: 'burst', kind: 'q' }, { kind: 'q', at: 0 }, COALESCE_MS)).toBe(
      'push',
    );
  });
});
