/**
 * Our approximation of AWS's raw-to-scaled mapping (AWS equates forms and publishes none).
 * Two straight lines meeting at the cut: 0 correct → 100, the raw cut → the passing score
 * exactly, all correct → 1000. Integer arithmetic keeps the cut exact and the result monotone;
 * rounding down keeps anything below the cut below the passing score.
 */
export function scaledScore(correct: number, total: number, rawCutPercent: number, passingScore: number): number {
  if (total <= 0) return 100;
  const c = Math.min(Math.max(correct, 0), total);
  const rawHundredths = c * 100;
  const cut = rawCutPercent * total;
  if (rawHundredths >= cut) {
    const above = rawHundredths - cut;
    const span = (100 - rawCutPercent) * total;
    return passingScore + Math.floor(((1000 - passingScore) * above) / span);
  }
  return 100 + Math.floor(((passingScore - 100) * rawHundredths) / cut);
}

/** Fewest correct answers out of `total` that pass. */
export function correctNeededToPass(total: number, rawCutPercent: number): number {
  return Math.ceil((rawCutPercent * total) / 100);
}
