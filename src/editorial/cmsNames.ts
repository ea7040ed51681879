/** The custom file format the browser editor reads and writes entries in (src/client/admin/main.ts). */
// Sveltia accepts a custom format for .mdx files only under a name ending in "-frontmatter".
export const cmsFormat = 'portal-frontmatter';

/** The hidden field that carries the text a file had when it was read, to write back only what changed. */
export const sourceField = '_source';
