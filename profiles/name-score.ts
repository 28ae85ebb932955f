import { compareNames, type NameMatch } from '../names';

const SCORES: Readonly<Record<NameMatch, number>> = { exact: 1, strong: 0.85, weak: 0.6, none: 0 };

/** `compareNames` as a number, so thresholds read as "at least strong" (0.8) or "initials agree" (0.55). */
export function nameScore(a: string, b: string): number {
  return SCORES[compareNames(a, b)];
}
