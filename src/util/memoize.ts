/**
 * Remembers the results of a pure function by its arguments. The build renders thousands of pages
 * in one process; maps and `Intl` formatters asked for with the same arguments on every page are
 * made once (the map projection alone was half of page generation, see BENCHMARKS.md).
 * Arguments must be JSON-serialisable; the cache lives as long as the process, so use it only for
 * functions with few distinct arguments.
 * @example const square = memoize((n: number) => n * n); square(3); square(3) // computed once
 */
export function memoize<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  const results = new Map<string, Result>();
  return (...args: Args): Result => {
    const key = JSON.stringify(args);
    let result = results.get(key);
    if (result === undefined && !results.has(key)) {
      result = fn(...args);
      results.set(key, result);
    }
    return result as Result;
  };
}
