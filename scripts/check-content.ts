/**
 * `npm run check` (first half): validates every content file and prints all problems at once,
 * grouped by file, then the warnings. Exit status 1 when there is any problem; warnings alone pass.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/config/contentDir';
import { formatProblems } from '../src/editorial/problems';
import { checkContent } from '../src/editorial/validateContent';

const root = process.cwd();
const { problems, warnings } = await checkContent(resolve(root, contentDir), root);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
// Warnings do not stop anything: each is fixed, or accepted in its file with a reason.
if (warnings.length > 0) process.stdout.write(`${formatProblems(warnings)}\n`);
console.log(`Content checked (${contentDir}/): no problems${warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : ''}.`);
