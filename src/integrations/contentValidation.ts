import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGitHistory } from '../editorial/gitHistory';
import { formatProblems } from '../editorial/problems';
import { validateContent } from '../editorial/validateContent';

/**
 * Stops `astro build` and `astro dev` before anything is rendered when a content file is wrong,
 * with every problem listed at once (the same report as `npm run check`).
 */
export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: 'portal:content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        // `astro preview` only serves dist/: the content was checked when dist/ was built.
        if (command === 'preview') return;
        // Drafts and embargoed entries are shown by `astro dev` only. Decided by the command, not by
        // NODE_ENV, so a build can never publish them because of a stray environment variable.
        updateConfig({ vite: { define: { __SHOW_UNPUBLISHED__: JSON.stringify(command === 'dev') } } });
        const root = fileURLToPath(config.root);
        const problems = await validateContent(resolve(root, contentDir), root);
        if (problems.length > 0) {
          const error = new Error(`The content has mistakes; nothing was built.\n\n${formatProblems(problems)}`);
          error.name = 'ContentError';
          error.stack = error.message;
          throw error;
        }
        logger.info('content checked: no problems');
        if (command === 'build' && !readGitHistory(contentDir, root).available) {
          logger.warn(
            'No git history here (a build from an archive?): translation status cannot be computed, so no reader sees an "outdated translation" notice and /editors/translations/ shows every translation as new. Build from a git clone.',
          );
        }
      },
    },
  };
}
