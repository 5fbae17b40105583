/** A new record id. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current time in the stored form (see timestampSchema). */
export function nowIso(): string {
  return new Date().toISOString();
}
