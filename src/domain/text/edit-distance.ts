export type EditDistanceOptions = {
  /** Count a swap of neighbours as one edit (optimal string alignment), as typing slips usually are. */
  swaps?: boolean;
  /** Stop once the distance is sure to exceed this, and return budget + 1: far-off words are rejected cheaply. */
  budget?: number;
};

/** Edit distance between two strings: an insertion, a deletion or a substitution costs one (see the options). */
export function editDistance(a: string, b: string, { swaps = false, budget = Infinity }: EditDistanceOptions = {}) {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > budget) return budget + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? budget + 1;
}
