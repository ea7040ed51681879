/**
 * Vitest global setup: is nginx here for the deploy tests (tests/deploy/)? Decided once for the
 * run, so that a machine without it prints a single line instead of one per test file. In CI
 * (CI=true) a missing nginx fails the run: CI must test what the province deploys.
 */
import type { TestProject } from 'vitest/node';
import { findNginx, missingNginx } from './nginx';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Whether tests/deploy/ can run here. */
    nginxAvailable: boolean;
  }
}

export default function setup(project: TestProject): void {
  const available = findNginx() !== undefined;
  if (!available) {
    if (process.env.CI === 'true') throw new Error(missingNginx);
    console.warn(
      `\nDeploy tests skipped: nginx is not installed here. Install Debian's nginx (\`sudo apt-get install nginx-light\`) and run \`npm run deploy:test\`; CI installs it.\n`,
    );
  }
  project.provide('nginxAvailable', available);
}
