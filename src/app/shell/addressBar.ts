/**
 * Writes the view's address into the browser's history. A new step (`pushAddress`) is written at
 * once, so that Back always finds it; a replacement of the current entry (`replaceAddress`: date
 * entry, typing, map moves) after the next paint, the latest one only. The History API call took
 * 2.5-3.3 ms of a change's task in CPU profiles of the bench (a call timed alone in the page:
 * 0.3-1.4 ms), and a replacement needs no hurry: nothing reads the address in between but the
 * copy-link button, which asks for it (`currentAddress`), and a Back pressed in between drops it
 * (`dropPendingAddress`), as it would have been overwritten.
 */
import { afterNextPaint } from '../idle/afterNextPaint.ts';

let pending: string | null = null;
let cancelWrite: (() => void) | null = null;

/** Writes a waiting replacement now. */
export function flushAddress(): void {
  cancelWrite?.();
  cancelWrite = null;
  if (pending === null) return;
  const url = pending;
  pending = null;
  window.history.replaceState(null, '', url);
}

/** Replaces the current entry's address after the next paint (the last call wins). */
export function replaceAddress(url: string): void {
  pending = url;
  cancelWrite ??= afterNextPaint(flushAddress);
}

/** Adds a history step now, after any waiting replacement of the step it leaves. */
export function pushAddress(url: string): void {
  flushAddress();
  window.history.pushState(null, '', url);
}

/** Forgets a waiting replacement: the user has moved to another entry (Back or Forward). */
export function dropPendingAddress(): void {
  cancelWrite?.();
  cancelWrite = null;
  pending = null;
}

/** The address of the current view, with any waiting replacement written first. */
export function currentAddress(): string {
  flushAddress();
  return window.location.href;
}
