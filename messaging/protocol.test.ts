import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LookupResult } from '../profiles/profile';
import type { AuthorQuery } from './types';
import type { ProtocolMap } from './protocol';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFileSync(ROOT + path, 'utf8');

/** Entry names declared in ProtocolMap, read from the source so a new entry cannot be missed. */
function protocolEntries(): string[] {
  const body = read('messaging/protocol.ts').split('export interface ProtocolMap {')[1]!.split('\n}')[0]!;
  return [...body.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]!);
}

/** Every `onMessage('name'` in the folders that answer messages. */
function handledEntries(): Set<string> {
  const files = ['background', 'hover-card'].flatMap((dir) =>
    readdirSync(ROOT + dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${dir}/${f}`),
  );
  const handled = files.flatMap((f) => [...read(f).matchAll(/onMessage\('(\w+)'/g)].map((m) => m[1]!));
  // The popup's question is answered by the start-up script, which checks the wire format by hand.
  const startup = [...read('hover-card/bootstrap.ts').matchAll(/\.type === '(\w+)'/g)].map((m) => m[1]!);
  return new Set([...handled, ...startup]);
}

describe('the message protocol', () => {
  it('has a handler for every entry, and no handler for an entry it does not declare', () => {
    const declared = protocolEntries();
    expect(declared.length).toBeGreaterThan(10);
    expect([...handledEntries()].sort()).toEqual([...declared].sort());
  });

  it('pins the lookup contract: a query in, a result value out; early stages are result values too', () => {
    expectTypeOf<Parameters<ProtocolMap['lookupResearcher']>[0]>().toEqualTypeOf<{
      query: AuthorQuery;
      stagesId?: string;
    }>();
    expectTypeOf<ReturnType<ProtocolMap['lookupResearcher']>>().toEqualTypeOf<LookupResult>();
    expectTypeOf<Parameters<ProtocolMap['lookupStage']>[0]>().toEqualTypeOf<{
      stagesId: string;
      stage: LookupResult;
    }>();
  });
});
