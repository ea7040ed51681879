/**
 * Where the content lives, relative to the project root. `PORTAL_CONTENT_DIR` points a build at
 * another tree: the test fixtures and the benchmark's synthetic content.
 */
export const contentDir: string = process.env.PORTAL_CONTENT_DIR ?? 'content';
