/** Median with its spread: the bench reports every figure this way, since single runs are noisy. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median, min and max of the samples; NaN everywhere when there are none. */
export function spread(samples: readonly number[]): Spread {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
  return { median, min: xs[0] as number, max: xs[xs.length - 1] as number, n: xs.length };
}

/** Spreads of each numeric field over a list of records. */
export function spreadOf<T extends object>(records: readonly T[], key: keyof T): Spread {
  return spread(records.map((r) => Number(r[key])));
}
