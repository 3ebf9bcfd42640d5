/**
 * The optional `<id>.meta.json` beside an article: what the text itself does not say reliably
 * (its real title, source, address and publication window). Validated strictly: a sidecar that is
 * present but wrong is a mistake to report, not something to guess around.
 */
import { isValid, parse } from 'date-fns';
import { z } from 'zod';
import type { DateRange } from '../../shared/corpus.ts';
import { readSidecarFile, type SidecarFile } from './readArticles.ts';

export { MAX_SIDECAR_BYTES } from './readArticles.ts';

const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
  .refine((s) => isValid(parse(s, 'yyyy-MM-dd', new Date(0))), 'not a real calendar date');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** Unknown keys are dropped (zod's default), so a sidecar may carry notes for other tools. */
export const Sidecar = z.object({
  title: text(300).optional(),
  source: text(200).optional(),
  url: z
    .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
    .max(2000)
    .optional(),
  published: z
    .object({
      start: calendarDay,
      end: calendarDay,
      /** How the source words the date, if the plain "start – end" would misrepresent it. */
      text: text(200).optional(),
    })
    .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] })
    .optional(),
  note: z.string().max(4000).optional(),
});
export type Sidecar = z.infer<typeof Sidecar>;

export type SidecarResult = { ok: true; sidecar: Sidecar | null } | { ok: false; reason: string };

export function sidecarPath(articlePath: string): string {
  return articlePath.replace(/\.txt$/, '.meta.json');
}

/** Reads the sidecar for an article file; a missing sidecar is fine (`sidecar: null`). */
export async function readSidecar(articlePath: string): Promise<SidecarResult> {
  return parseSidecarFile(readSidecarFile(sidecarPath(articlePath)));
}

/** Pure: a sidecar's bytes (as `readArticleFolder` found them) in, validated sidecar out. */
export function parseSidecarFile(file: SidecarFile): SidecarResult {
  if (file.kind === 'none') return { ok: true, sidecar: null };
  if (file.kind === 'unreadable') return { ok: false, reason: file.reason };
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { ok: false, reason: 'sidecar is not valid UTF-8' };
  }
  return parseSidecar(raw);
}

/** Pure: sidecar JSON text in, validated sidecar or a one-line reason out. */
export function parseSidecar(raw: string): SidecarResult {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: `sidecar is not valid JSON: ${(error as Error).message}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: 'sidecar must be a JSON object' };
  }
  const result = Sidecar.safeParse(json);
  if (result.success) return { ok: true, sidecar: result.data };
  const problems = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, reason: `malformed sidecar: ${problems.join('; ')}` };
}

/** The sidecar's publication window as a corpus DateRange. */
export function publishedRange(published: NonNullable<Sidecar['published']>): DateRange {
  const { start, end } = published;
  return {
    start,
    end,
    precision: start === end ? 'day' : 'range',
    text: published.text ?? (start === end ? start : `${start} – ${end}`),
  };
}
