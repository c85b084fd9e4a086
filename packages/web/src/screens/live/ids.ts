/** A short id for a meeting, draft or vote made in the browser ("vote-3f9a2c1b"). */
export function shortId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : Math.random().toString(16).slice(2);
  return `${prefix}-${random.replace(/-/g, '').slice(0, 8)}`;
}
