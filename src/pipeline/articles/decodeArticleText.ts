/**
 * Turns an article file's bytes into its text, or says why the file is not a usable article.
 * Pure, so the rules can be tested on byte arrays without touching the disk.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const BOM = '\uFEFF';

/** How much of the file to sample for the control-character test: enough to see a binary header. */
const SAMPLE_BYTES = 8192;
/** Above this share of control bytes in the sample, the file is not prose. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeArticleText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  // NUL never occurs in UTF-8 prose; it marks a binary file (or UTF-16, which we do not read).
  const nulAt = bytes.indexOf(0);
  if (nulAt !== -1) {
    return { ok: false, reason: `binary file (NUL byte at offset ${nulAt}; UTF-16 is not read)` };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const controls = countControlBytes(sample);
  if (controls / sample.length > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      reason: `binary file (${controls} of the first ${sample.length} bytes are control characters)`,
    };
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8Offset(bytes);
    const where =
      at >= bytes.length ? 'the file ends mid-character' : `first bad byte at offset ${at}`;
    return { ok: false, reason: `not valid UTF-8 (${where})` };
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  if (text.trim() === '') return { ok: false, reason: 'only whitespace' };
  return { ok: true, text };
}

/** C0 controls and DEL, except the ones prose uses: tab, line feed, form feed, carriage return. */
function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) count++;
  }
  return count;
}

/**
 * Finds where decoding fails, for a message a person can act on. Decoding stops being fatal at the
 * first bad sequence, so we bisect on prefixes: a prefix that decodes cleanly (allowing a
 * truncated final sequence) lies before the error.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decodesCleanly = (end: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodesCleanly(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === bytes.length) return lo; // every byte is fine but the last character is cut short
  // A clean streamed prefix may end in the held-back start of the bad sequence: point at its lead.
  let start = lo;
  for (let k = 0; k < 3 && start > 0 && ((bytes[start - 1] ?? 0) & 0xc0) === 0x80; k++) start--;
  return start > 0 && (bytes[start - 1] ?? 0) >= 0xc0 ? start - 1 : lo;
}
