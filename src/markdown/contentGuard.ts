import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { readBody } from '../editorial/bodyPolicy';

/**
 * The content rule again, inside the Markdown/MDX compiler itself: an entry file that breaks it
 * (an import, an expression, a script…) fails to compile even when `npm run check` was skipped,
 * for instance a file edited while `astro dev` runs. It adds no plugin to the pipeline; its
 * factory only refuses. Files outside `contentRoot` (the portal's own pages) are not its business.
 * @param contentRoot absolute path of the content folder
 */
export function contentGuard(contentRoot: string) {
  return ({ fileURL, source }: PluginFactoryContext): null => {
    if (!fileURL || fileURL.protocol !== 'file:') return null;
    const path = fileURLToPath(fileURL);
    if (!path.startsWith(contentRoot + sep)) return null;
    const [first, ...more] = readBody(source).findings;
    if (first) {
      const where = `${relative(process.cwd(), path).split(sep).join('/')}:${first.line}`;
      throw new Error(`${where}: ${first.title}${more.length ? ` (and ${more.length} more)` : ''}. ${first.fix} Run \`npm run check\` for the full list.`);
    }
    return null;
  };
}
