/** Where the project and its real content are, wherever the benchmark is started from. */
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..', '..');
export const realContent = join(root, 'content');
