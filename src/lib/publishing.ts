/**
 * Whether the public site may show an entry on `now`. Drafts and entries whose `publishDate` is
 * still ahead exist only in `npm run dev`.
 * @example isPublished({ draft: false, publishDate: new Date('2099-01-01') }, new Date()) // false
 */
export function isPublished(facts: { draft: boolean; publishDate?: Date | undefined }, now: Date): boolean {
  return !facts.draft && (!facts.publishDate || facts.publishDate <= now);
}
