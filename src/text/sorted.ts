/**
 * Binary search over an ascending array: the first index whose entry is not less than `x`
 * (`xs.length` when every entry is). Shared by the search segments' sorted terms and the quotation
 * reader's token positions.
 */
export function lowerBound<T extends string | number>(xs: readonly T[], x: T): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
