/** A small seeded generator (mulberry32): the same seed replays the same interviews, disruptions and timings. */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
};

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (!items.length) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)]!;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, int, chance: (probability) => next() < probability, pick, shuffle };
}

/** CHAOS_SEED when given, else today's UTC date as a number (20260131): a new path every day, replayable. */
export function chaosSeed(env: string | undefined = process.env.CHAOS_SEED): number {
  if (env !== undefined && env.trim() !== '') {
    const seed = Number(env);
    if (!Number.isSafeInteger(seed)) throw new Error(`CHAOS_SEED must be an integer, got "${env}"`);
    return seed;
  }
  return Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
}

/** A positive integer from the environment, else the default. */
export function envCount(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${text}"`);
  return value;
}
