/**
 * The day the build describes: festivals' next dates are computed from it. `PORTAL_TODAY`
 * (YYYY-MM-DD) sets it, for a reproducible build or a test; otherwise the day the build runs.
 */
export function buildDay(): Date {
  const fixed = process.env.PORTAL_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T00:00:00Z`);
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
