export interface DeepLinkNoticeProps {
  dropped: readonly string[];
  onDismiss: () => void;
}

/** Says which parts of the opened link were ignored; the rest of the link still applied. */
export function DeepLinkNotice({ dropped, onDismiss }: DeepLinkNoticeProps) {
  if (dropped.length === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Link notice">
      <div>
        <p className="notice__title">Parts of this link could not be used and were ignored:</p>
        <ul>
          {dropped.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
