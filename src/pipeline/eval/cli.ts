/**
 * `npm run eval -- FILE.jsonl [--names-only] [--errors N]`: scores the geoparser on a gold
 * corpus in the format of ../shared/geoeval (one JSON document per line: text and toponyms).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadGeoparser } from '../geoparse/loadGeoparser.ts';
import { addScores, EMPTY_SCORE, scoreDocument, summarise } from './scoreGeoparse.ts';

const GoldDocument = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  toponyms: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      name: z.string(),
      lat: z
        .number()
        .nullable()
        .optional()
        .transform((v) => v ?? null),
      lon: z
        .number()
        .nullable()
        .optional()
        .transform((v) => v ?? null),
    }),
  ),
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'names-only': { type: 'boolean', default: false },
    errors: { type: 'string', default: '0' },
  },
});
if (positionals.length === 0) {
  process.stderr.write(
    'usage: npm run eval -- FILE.jsonl [FILE.jsonl...] [--names-only] [--errors N]\n',
  );
  process.exit(2);
}

const geoparser = await loadGeoparser({ log: (l) => process.stderr.write(`${l}\n`) });
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

for (const file of positionals) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  let total = EMPTY_SCORE;
  const started = performance.now();
  for (const [n, line] of lines.entries()) {
    const doc = GoldDocument.safeParse(JSON.parse(line));
    if (!doc.success)
      throw new Error(`${file}:${n + 1}: not a gold document: ${doc.error.issues[0]?.message}`);
    let { mentions } = geoparser.parse(doc.data.text, doc.data.id);
    if (values['names-only']) mentions = mentions.filter((m) => m.form === 'name');
    total = addScores(total, scoreDocument(doc.data.toponyms, mentions));
  }
  const ms = performance.now() - started;
  const s = summarise(total);
  const label = values['names-only'] ? ' (names only, demonyms not predicted)' : '';
  process.stdout.write(
    [
      `${file}${label}: ${lines.length} documents, ${total.gold} gold toponyms, ${total.predicted} predicted, ${Math.round(ms)} ms`,
      `  recognition, exact spans:   P ${pct(s.exact.precision)}  R ${pct(s.exact.recall)}  F1 ${pct(s.exact.f1)}`,
      `  recognition, overlapping:   P ${pct(s.overlap.precision)}  R ${pct(s.overlap.recall)}  F1 ${pct(s.overlap.f1)}`,
      `  resolution: ${pct(s.a161)}% of gold toponyms within 161 km (end to end); ${pct(s.a161Recognised)}% of those recognised`,
      `  within 161 km, by the kind of place resolved to: ${Object.entries(total.byKind)
        .sort((x, y) => y[1].recognised - x[1].recognised)
        .map(([kind, v]) => `${kind} ${v.within161}/${v.recognised}`)
        .join(', ')}`,
      '',
    ].join('\n'),
  );
  const n = Number(values.errors);
  if (n > 0) {
    const top = (xs: string[]) =>
      [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([x, c]) => `${x} ×${c}`)
        .join(', ');
    process.stdout.write(`  false positives: ${top(total.falsePositives)}\n`);
    process.stdout.write(`  false negatives: ${top(total.falseNegatives)}\n`);
    process.stdout.write(`  far off: ${total.farOff.slice(0, n).join('; ')}\n\n`);
  }
}
