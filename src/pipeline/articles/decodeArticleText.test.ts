import { describe, expect, it } from 'vitest';
import { decodeArticleText } from './decodeArticleText.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticleText', () => {
  it('keeps the text exactly, CRLF included, dropping only a leading BOM', () => {
    const result = decodeArticleText(
      bytes(0xef, 0xbb, 0xbf, ...utf8('Title\r\n\r\nBody – “quoted”.\r\n')),
    );
    expect(result).toEqual({ ok: true, text: 'Title\r\n\r\nBody – “quoted”.\r\n' });
  });

  it('keeps a BOM that is not at the start', () => {
    const result = decodeArticleText(utf8('a\uFEFFb'));
    expect(result).toEqual({ ok: true, text: 'a\uFEFFb' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(decodeArticleText(bytes())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeArticleText(utf8(' \n\t\r\n '))).toEqual({ ok: false, reason: 'only whitespace' });
    expect(decodeArticleText(bytes(0xef, 0xbb, 0xbf))).toEqual({
      ok: false,
      reason: 'only whitespace',
    });
  });

  it('rejects files with NUL bytes (binary, or UTF-16)', () => {
    const utf16 = bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00);
    const result = decodeArticleText(utf16);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^binary file \(NUL byte at offset 3/);
  });

  it('rejects files that are mostly control characters', () => {
    const noisy = bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    const result = decodeArticleText(noisy);
    expect(!result.ok && result.reason).toMatch(/^binary file \(34 of the first 100 bytes/);
  });

  it('accepts prose with tabs and form feeds', () => {
    expect(decodeArticleText(utf8('A\ttable\fpage two')).ok).toBe(true);
  });

  it('rejects invalid UTF-8 and says where it breaks', () => {
    const latin1 = bytes(...utf8('Caf'), 0xe9, ...utf8(' au lait'));
    expect(decodeArticleText(latin1)).toEqual({
      ok: false,
      reason: 'not valid UTF-8 (first bad byte at offset 3)',
    });
    const truncated = bytes(...utf8('ok '), 0xe2, 0x80);
    expect(decodeArticleText(truncated)).toEqual({
      ok: false,
      reason: 'not valid UTF-8 (the file ends mid-character)',
    });
  });
});
