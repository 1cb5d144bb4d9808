// Offsets between a raw string and its NFC form. Selectors count NFC characters so that an
// NFD page and its NFC twin give the same offsets; ranges must land on raw offsets that never
// split a base letter from its combining marks.

export type Affinity = 'start' | 'end';

export interface NfcMap {
  /** The NFC text. */
  text: string;
  /** NFC offset → raw offset; inside a cluster that composition merged, `start` rounds down, `end` up. */
  toRaw(nfcOffset: number, affinity: Affinity): number;
  /** Raw offset → NFC offset, rounding inside a combining sequence the same way. */
  toNfc(rawOffset: number, affinity: Affinity): number;
}

// A cluster is a base character with the combining marks that follow it: composition never
// crosses from one cluster to the next, so normalising cluster by cluster keeps a map.
const CLUSTER = /[^\p{M}]\p{M}*|\p{M}+/gu;
// Code points below U+0300 are already NFC on their own and form single-character clusters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at U+0000 on purpose
const NEEDS_NORMALISING = /[^\u0000-\u02ff]/;

export function buildNfcMap(raw: string): NfcMap {
  const nfc = raw.normalize('NFC');
  if (nfc === raw) {
    return { text: raw, toRaw: (offset) => offset, toNfc: (offset) => offset };
  }
  const rawStarts: number[] = [];
  const nfcStarts: number[] = [];
  const pieces: string[] = [];
  let nfcLength = 0;
  for (const match of raw.matchAll(CLUSTER)) {
    const cluster = match[0];
    const normalised = NEEDS_NORMALISING.test(cluster) ? cluster.normalize('NFC') : cluster;
    rawStarts.push(match.index);
    nfcStarts.push(nfcLength);
    pieces.push(normalised);
    nfcLength += normalised.length;
  }
  rawStarts.push(raw.length);
  nfcStarts.push(nfcLength);
  return {
    text: pieces.join(''),
    toRaw: (offset, affinity) => mapOffset(nfcStarts, rawStarts, offset, affinity),
    toNfc: (offset, affinity) => mapOffset(rawStarts, nfcStarts, offset, affinity),
  };
}

/** Maps an offset through parallel cluster-start tables, rounding offsets inside a cluster. */
function mapOffset(from: number[], to: number[], offset: number, affinity: Affinity): number {
  const last = from.length - 1;
  if (offset <= 0) return 0;
  if (offset >= from[last]) return to[last];
  let low = 0;
  let high = last;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (from[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  if (from[low] === offset || affinity === 'start') return to[low];
  return to[low + 1];
}
