/**
 * Test support: the founding example on the 2026 web (tests/e2e/fake-web/web2026.ts), the same
 * routes the end-to-end fake web serves, as routes of the unit tests' fake web. Not in the build.
 */
import type { Route } from '../../tests/e2e/fake-web/routes';
import { web2026Routes, type Web2026Mode } from '../../tests/e2e/fake-web/web2026';
import { foundingRoutes } from './founding-web';
import type { FakeRoute } from './test-env';

/** Every source of the founding card, as it answers in the given 2026 mode. */
export function founding2026Routes(now: () => number, mode: Web2026Mode): FakeRoute[] {
  // The unit fake web takes the last matching route; the 2026 table lists its first match first.
  return [...foundingRoutes(now), ...web2026Routes(mode).map(toFakeRoute).reverse()];
}

function toFakeRoute(route: Route): FakeRoute {
  return {
    host: route.host,
    path: route.path,
    answer: (req) => {
      const url = new URL(`https://${req.host}${req.path}`);
      const status = typeof route.status === 'function' ? route.status(url) : (route.status ?? 200);
      const body = route.body(url);
      return {
        status,
        headers: { 'content-type': route.contentType, ...route.headers },
        body: typeof body === 'string' ? body : body.toString('utf8'),
      };
    },
  };
}
