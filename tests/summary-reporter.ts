import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/** Prints the plain `N passed, N failed[, N skipped]` line that ends every test run. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let moduleFailed = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') moduleFailed++;
        else skipped++;
      }
      // A file that fails outside its tests (it does not load, a beforeAll throws) counts as a
      // failure even when every test in it was skipped: it never passes silently.
      if (module.state() === 'failed' && moduleFailed === 0) moduleFailed = 1;
      failed += moduleFailed;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
