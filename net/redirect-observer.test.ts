import { describe, expect, it } from 'vitest';
import { createFakeClock, settle } from './test-support/fake-net';
import { createRedirectObserver } from './redirect-observer';

const HOME = 'https://ada.github.io/';
const redirect = (url: string, location: string, statusCode = 302) => ({
  url,
  statusCode,
  responseHeaders: [{ name: 'Location', value: location }],
});

describe('redirect observer', () => {
  it('answers with the Location the browser reported for that URL', async () => {
    const clock = createFakeClock();
    const observer = createRedirectObserver(clock);
    const since = clock.now();
    observer.record(redirect(HOME, 'http://localhost/admin'));
    expect(await settle(clock, observer.targetOf(HOME, since))).toBe('http://localhost/admin');
  });

  it('waits for an event that arrives after the fetch resolved', async () => {
    const clock = createFakeClock();
    const observer = createRedirectObserver(clock);
    const pending = observer.targetOf(HOME, clock.now());
    observer.record(redirect(HOME, '/home/', 301));
    expect(await pending).toBe('/home/');
  });

  it('ignores answers that are not redirects, older reports and other URLs; gives up after its wait', async () => {
    const clock = createFakeClock();
    const observer = createRedirectObserver(clock, 500);
    observer.record(redirect(HOME, '/old/'));
    await settle(clock, clock.sleep(10));
    const since = clock.now();
    observer.record({ url: HOME, statusCode: 200, responseHeaders: [{ name: 'location', value: '/x' }] });
    observer.record(redirect('https://other.github.io/', '/y'));
    expect(await settle(clock, observer.targetOf(HOME, since))).toBeUndefined();
  });
});
