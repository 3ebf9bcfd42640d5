/**
 * The project's own gazetteer additions and corrections (`gazetteer/additions.json`): places
 * the upstream data lacks, extra country names and demonyms, and rules that force or ban a
 * reading of a name, globally or for one article. Read on every build; small.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Place } from '../../shared/corpus.ts';
import type { CompactGazetteer } from './compactGazetteer.ts';
import { keyVariants, looseKey, nameKey } from './normalize.ts';

const AddedPlace = Place.pick({
  name: true,
  kind: true,
  countryCode: true,
  lat: true,
  lon: true,
}).extend({
  id: z.string().regex(/^[a-z0-9]+:[A-Za-z0-9-]+$/, 'ids look like "addition:baghuz"'),
  population: z.number().int().nonnegative().optional(),
  names: z.array(z.string().min(1)).min(1),
  source: z.string().min(1, 'every added place says where its facts come from'),
});

const NameToPlace = z.object({
  name: z.string().min(1),
  placeId: z.string().min(1),
  /** Use this name for display too ("Turkey", where world-countries says "Türkiye"). */
  preferred: z.boolean().optional(),
});
const DemonymToPlace = z.object({ form: z.string().min(1), placeId: z.string().min(1) });

const Abbreviation = z.object({
  /** As written, with its dots: "Ky.", "B.C.", "NSW". Matched case-sensitively. */
  text: z.string().min(2),
  placeId: z.string().min(1),
  /** Distinctive enough to read alone ("in Calif."); otherwise only after "Town, " ("Jackson, Miss."). */
  standalone: z.boolean().default(false),
  source: z.string().optional(),
});

// Every rule names the text it applies to, and may be limited to one article.
const ruleBase = {
  text: z.string().min(1),
  article: z.string().optional(),
  reason: z.string().optional(),
};
const Rule = z.discriminatedUnion('action', [
  z.object({ ...ruleBase, action: z.literal('ignore') }),
  z.object({ ...ruleBase, action: z.literal('force'), placeId: z.string().min(1) }),
  z.object({ ...ruleBase, action: z.literal('ban'), placeId: z.string().min(1) }),
]);
export type Rule = z.infer<typeof Rule>;

export const Additions = z.object({
  places: z.array(AddedPlace).default([]),
  countryNames: z.array(NameToPlace).default([]),
  demonyms: z.array(DemonymToPlace).default([]),
  abbreviations: z.array(Abbreviation).default([]),
  rules: z.array(Rule).default([]),
});
export type Additions = z.infer<typeof Additions>;

export function readAdditions(file: string): Additions {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read gazetteer additions ${file}: ${(err as Error).message}`);
  }
  const parsed = Additions.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `invalid gazetteer additions ${file}: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** Rules, keyed by the name key of their text. */
export interface RuleBook {
  ignored(key: string, articleId: string): boolean;
  forced(key: string, articleId: string): string | undefined;
  banned(key: string, articleId: string): ReadonlySet<string>;
}

export function ruleBook(rules: readonly Rule[]): RuleBook {
  const scoped = (key: string, article?: string) => `${article ?? '*'}\u0000${key}`;
  const ignore = new Set<string>();
  const force = new Map<string, string>();
  const ban = new Map<string, Set<string>>();
  for (const r of rules) {
    const k = scoped(nameKey(r.text), r.article);
    if (r.action === 'ignore') ignore.add(k);
    else if (r.action === 'force') force.set(k, r.placeId);
    else ban.set(k, (ban.get(k) ?? new Set()).add(r.placeId));
  }
  const none: ReadonlySet<string> = new Set();
  return {
    ignored: (key, articleId) => ignore.has(scoped(key, articleId)) || ignore.has(scoped(key)),
    forced: (key, articleId) => force.get(scoped(key, articleId)) ?? force.get(scoped(key)),
    banned: (key, articleId) => {
      const a = ban.get(scoped(key, articleId));
      const g = ban.get(scoped(key));
      if (!a) return g ?? none;
      return g ? new Set([...a, ...g]) : a;
    },
  };
}

/** Adds the additions to the gazetteer's in-memory overlay. */
export function applyAdditions(gazetteer: CompactGazetteer, additions: Additions): void {
  for (const p of additions.places) {
    const i = gazetteer.appendPlace({
      gazetteerId: p.id,
      name: p.name,
      kind: p.kind,
      countryCode: p.countryCode,
      lat: p.lat,
      lon: p.lon,
      population: p.population ?? 0,
      alternateNames: p.names.filter((n) => n !== p.name),
      featureCode: '',
    });
    for (const name of p.names) {
      for (const key of keyVariants(name)) gazetteer.addName('exact', key, i * 2, true);
      const loose = looseKey(name);
      if (loose.replace(/ /g, '').length >= 3) gazetteer.addName('loose', loose, i * 2, true);
    }
  }
  const resolveId = (placeId: string, what: string): number => {
    const i = gazetteer.indexOf(placeId);
    if (i === undefined) {
      throw new Error(`gazetteer additions: ${what} points to unknown place "${placeId}"`);
    }
    return i;
  };
  for (const { name, placeId, preferred } of additions.countryNames) {
    const i = resolveId(placeId, `name "${name}"`);
    const place = gazetteer.place(i);
    if (preferred && place && place.name !== name) {
      place.alternateNames = [place.name, ...place.alternateNames.filter((n) => n !== name)];
      place.name = name;
    }
    gazetteer.addName('exact', nameKey(name), i * 2, true);
  }
  for (const { form, placeId } of additions.demonyms) {
    // Project demonyms take precedence over upstream ones for the same form.
    gazetteer.setDemonym(nameKey(form), resolveId(placeId, `demonym "${form}"`));
  }
  for (const { text, placeId, standalone } of additions.abbreviations) {
    gazetteer.setAbbreviation(text, resolveId(placeId, `abbreviation "${text}"`), standalone);
  }
  for (const r of additions.rules) {
    if (r.action !== 'ignore') resolveId(r.placeId, `rule for "${r.text}"`);
  }
}
