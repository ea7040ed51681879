/**
 * `npm run check` (first half): validates every content file and prints all problems at once,
 * grouped by file. Exit status 1 when there is any problem.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/config/contentDir';
import { formatProblems } from '../src/editorial/problems';
import { validateContent } from '../src/editorial/validateContent';

const root = process.cwd();
const problems = await validateContent(resolve(root, contentDir), root);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
console.log(`Content checked (${contentDir}/): no problems.`);
