import type { readHomepage } from '../homepage/read-homepage';
import type { NetClient } from '../net/net-client';
import type { Cache } from '../storage/cache';
import type { UserDataStore } from '../storage/user-data';

/**
 * Everything a lookup depends on, passed in: the background builds the real one, tests build
 * one over recorded responses. Nothing in `profiles/` reads a global.
 */
export interface LookupEnv {
  net: NetClient;
  cache: Cache;
  user: UserDataStore;
  now(): number;
  /** Whether Byline may read pages on this origin (`https://example.edu/*`). */
  hasOrigin(originPattern: string): Promise<boolean>;
  /**
   * Whether permission patterns can name a port (Chrome can; Firefox's match patterns cannot,
   * so there a homepage on a non-default port is not read). True when absent.
   */
  portsInPatterns?: boolean;
  /** How well two printed names agree: 1 the same, about 0.6 initials only, 0 different. */
  nameScore(a: string, b: string): number;
  readHomepage: typeof readHomepage;
}
