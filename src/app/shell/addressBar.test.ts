import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  currentAddress,
  dropPendingAddress,
  flushAddress,
  pushAddress,
  replaceAddress,
} from './addressBar.ts';

/** A history of entries with a current position, as the browser keeps it. */
function fakeHistory() {
  const entries = ['/?start'];
  let at = 0;
  return {
    entries,
    current: () => entries[at],
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(at + 1, Infinity, url);
        at++;
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[at] = url;
      },
      back: () => {
        at--;
      },
    },
  };
}

describe('addressBar', () => {
  let browser: ReturnType<typeof fakeHistory>;
  beforeEach(() => {
    browser = fakeHistory();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.stubGlobal('window', {
      history: browser.history,
      get location() {
        return { href: `http://chronomap.test${browser.current()}` };
      },
    });
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    });
  });
  afterEach(() => {
    dropPendingAddress();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const afterPaint = () => {
    vi.advanceTimersToNextFrame();
    vi.runOnlyPendingTimers();
  };

  it('writes a replacement after the next paint, the last one only', () => {
    replaceAddress('/?from=2017');
    replaceAddress('/?from=2018');
    expect(browser.entries).toEqual(['/?start']);
    afterPaint();
    expect(browser.entries).toEqual(['/?from=2018']);
  });

  it('pushes at once, after writing the replacement of the entry it leaves', () => {
    replaceAddress('/?from=2017');
    pushAddress('/?place=raqqa');
    expect(browser.entries).toEqual(['/?from=2017', '/?place=raqqa']);
    afterPaint();
    expect(browser.entries).toEqual(['/?from=2017', '/?place=raqqa']);
  });

  it('drops a replacement when the user has moved to another entry', () => {
    pushAddress('/?place=raqqa');
    replaceAddress('/?place=raqqa&from=2017');
    browser.history.back();
    dropPendingAddress();
    afterPaint();
    expect(browser.entries).toEqual(['/?start', '/?place=raqqa']);
  });

  it('gives the current address with a waiting replacement written', () => {
    replaceAddress('/?q=defector');
    expect(currentAddress()).toBe('http://chronomap.test/?q=defector');
    flushAddress();
    expect(browser.entries).toEqual(['/?q=defector']);
  });
});
