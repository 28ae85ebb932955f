/**
 * Waits for a teardown step at most `ms`: a browser that will not close (seen with Firefox over
 * BiDi) must not keep the bench from printing what it measured.
 */
export async function within<T>(
  what: string,
  promise: Promise<T>,
  ms: number,
  log: (msg: string) => void,
): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      log(`${what} did not finish within ${ms} ms; going on`);
      resolve(undefined);
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
