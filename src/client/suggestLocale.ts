/**
 * The first of the browser's preferred languages the portal has, matching on the primary subtag.
 * @example suggestLocale(['fr-CA', 'en'], ['vi', 'en', 'fr']) // 'fr'
 */
export function suggestLocale(preferred: readonly string[], available: readonly string[]): string | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]!;
    const match = available.find((code) => code === primary);
    if (match) return match;
  }
  return undefined;
}
