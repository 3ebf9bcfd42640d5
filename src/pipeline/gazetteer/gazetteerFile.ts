/**
 * The gazetteer cache file: a JSON header holding the strings, then the typed arrays as raw
 * bytes. One file, written atomically, read with one `readFileSync`.
 *
 *   [uint32 header length][header JSON][padding to 8 bytes][lat][lon][population][exact offsets]
 *   [exact refs][loose offsets][loose refs]
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { CompactData } from './compactGazetteer.ts';

interface Header {
  key: string;
  count: number;
  strings: {
    ids: string;
    names: string;
    alternates: string;
    featureCodes: string;
    countryCodes: string;
    kinds: string;
    exactKeys: string;
    looseKeys: string;
  };
  demonyms: Record<string, number>;
  lengths: number[];
}

const SEP = '\n';

export function writeGazetteerFile(file: string, key: string, d: CompactData): void {
  const arrays = [
    d.lat,
    d.lon,
    d.population,
    d.exact.offsets,
    d.exact.refs,
    d.loose.offsets,
    d.loose.refs,
  ];
  const header: Header = {
    key,
    count: d.ids.length,
    strings: {
      ids: d.ids.join(SEP),
      names: d.names.join(SEP),
      alternates: d.alternates.join(SEP),
      featureCodes: d.featureCodes.join(SEP),
      countryCodes: d.countryCodes,
      kinds: d.kinds,
      exactKeys: d.exact.keys.join(SEP),
      looseKeys: d.loose.keys.join(SEP),
    },
    demonyms: d.demonyms,
    lengths: arrays.map((a) => a.byteLength),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerBytes = 4 + json.length;
  const pad = (8 - (headerBytes % 8)) % 8;
  const size = headerBytes + pad + arrays.reduce((sum, a) => sum + a.byteLength, 0);
  const out = Buffer.alloc(size);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let offset = headerBytes + pad;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, offset);
    offset += a.byteLength;
  }
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Reads a cache file; returns null when it is missing, damaged or made for another `key`. */
export function readGazetteerFile(file: string, key: string): CompactData | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  try {
    const length = buf.readUInt32LE(0);
    const header = JSON.parse(buf.toString('utf8', 4, 4 + length)) as Header;
    if (header.key !== key) return null;
    const headerBytes = 4 + length;
    let offset = headerBytes + ((8 - (headerBytes % 8)) % 8);
    // Copy into a fresh, aligned ArrayBuffer: Buffer pools may not be 8-byte aligned.
    const body = new Uint8Array(buf.byteLength - offset);
    body.set(buf.subarray(offset));
    offset = 0;
    const take = <T>(
      make: (b: ArrayBuffer, o: number, n: number) => T,
      bytes: number,
      size: number,
    ): T => {
      const view = make(body.buffer, offset, bytes / size);
      offset += bytes;
      return view;
    };
    const [latB, lonB, popB, eoB, erB, loB, lrB] = header.lengths;
    if (
      header.lengths.length !== 7 ||
      offset + header.lengths.reduce((a, b) => a + b, 0) > body.byteLength
    ) {
      return null;
    }
    const f64 = (b: ArrayBuffer, o: number, n: number) => new Float64Array(b, o, n);
    const i32 = (b: ArrayBuffer, o: number, n: number) => new Int32Array(b, o, n);
    const split = (s: string) => (s.length === 0 ? [] : s.split(SEP));
    const s = header.strings;
    return {
      ids: split(s.ids),
      names: split(s.names),
      alternates: s.alternates.split(SEP),
      featureCodes: s.featureCodes.split(SEP),
      countryCodes: s.countryCodes,
      kinds: s.kinds,
      lat: take(f64, latB ?? 0, 8),
      lon: take(f64, lonB ?? 0, 8),
      population: take(f64, popB ?? 0, 8),
      exact: {
        keys: split(s.exactKeys),
        offsets: take(i32, eoB ?? 0, 4),
        refs: take(i32, erB ?? 0, 4),
      },
      loose: {
        keys: split(s.looseKeys),
        offsets: take(i32, loB ?? 0, 4),
        refs: take(i32, lrB ?? 0, 4),
      },
      demonyms: header.demonyms,
    };
  } catch {
    return null;
  }
}
