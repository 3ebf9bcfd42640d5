import { useEffect, useState } from 'react';
import { currentAddress } from './addressBar.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the page's address, which holds the whole view. Falls back to showing it to copy by hand. */
export function CopyLinkButton() {
  const [copy, setCopy] = useState<CopyState>('idle');

  useEffect(
    function forgetCopiedAfterAWhile() {
      if (copy !== 'copied') return;
      const timer = window.setTimeout(() => setCopy('idle'), 2500);
      return function cancelForget() {
        window.clearTimeout(timer);
      };
    },
    [copy],
  );

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(currentAddress());
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <span role="status" className="copy-link__status">
        {copy === 'copied' ? 'Link copied' : ''}
      </span>
      {copy === 'failed' && (
        // Shown after copyLink, which has written any waiting replacement of the address.
        <label className="copy-link__fallback">
          Copy this link:{' '}
          <input
            type="text"
            readOnly
            value={window.location.href}
            onFocus={(e) => e.target.select()}
            autoFocus
          />
        </label>
      )}
    </div>
  );
}
