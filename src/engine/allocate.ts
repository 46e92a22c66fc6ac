/** A domain's share of an exam. */
export interface WeightedDomain {
  id: string;
  weight: number;
}

/**
 * Splits `total` items over domains in proportion to their weights by largest remainders
 * (Hamilton's method), which is how AWS's published per-domain counts come out.
 * Ties in the remainder go to the domain listed first, so the result is deterministic.
 */
export function allocateByWeight(domains: readonly WeightedDomain[], total: number): Record<string, number> {
  const weightSum = domains.reduce((sum, d) => sum + d.weight, 0);
  if (weightSum <= 0 || total <= 0) return Object.fromEntries(domains.map((d) => [d.id, 0]));
  const exact = domains.map((d, index) => {
    const share = (d.weight * total) / weightSum;
    return { id: d.id, index, floor: Math.floor(share), remainder: share - Math.floor(share) };
  });
  let left = total - exact.reduce((sum, d) => sum + d.floor, 0);
  const byRemainder = [...exact].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const counts: Record<string, number> = Object.fromEntries(exact.map((d) => [d.id, d.floor]));
  for (const d of byRemainder) {
    if (left === 0) break;
    counts[d.id] = (counts[d.id] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}
