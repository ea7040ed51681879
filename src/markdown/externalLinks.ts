import { defineHastPlugin } from 'satteri';

/** A link to another website: `https://…`, `http://…` or protocol-relative `//…`. */
export const isExternalHref = (href: unknown): boolean => typeof href === 'string' && /^(https?:)?\/\//i.test(href);

/**
 * Links in entry text that leave the portal get rel="noopener external"; links inside it stay
 * plain. A hast plugin of the Markdown processor rather than a component given to MDX's `a`, so
 * that it applies the same way to entries rendered as plain Markdown (src/loaders/entryLoader.ts),
 * which take no components.
 */
export const externalLinks = defineHastPlugin({
  name: 'portal-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      if (isExternalHref(node.properties?.href)) ctx.setProperty(node, 'rel', ['noopener', 'external']);
    },
  },
});
