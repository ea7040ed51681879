/**
 * Debian's nginx with deploy/nginx/portal.conf on 127.0.0.1, for the deploy tests: one process as
 * the current user, everything (pid, logs, temp files) in a temp directory, one server per root.
 * `.ci/run` installs nginx; on a machine without it the deploy tests are skipped with one line
 * saying how to run them (deployGlobalSetup.ts), except in CI (`CI=true`), where it is a failure.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..');
const deployDir = join(root, 'deploy', 'nginx');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** The nginx binary: $NGINX, Debian's /usr/sbin/nginx, or the one on PATH. */
export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX, '/usr/sbin/nginx'];
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (which.status === 0) candidates.push(which.stdout.trim());
  return candidates.find((c): c is string => !!c && existsSync(c));
}

export const missingNginx =
  "nginx is not installed, so deploy/nginx/portal.conf cannot be tested. Install Debian's nginx: `sudo apt-get install nginx-light` (or `nginx`); " +
  '.ci/run does this in CI. Another binary: set NGINX=/path/to/nginx.';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PortalNginx {
  /** `http://127.0.0.1:<port>` of each root, in the order given. */
  bases: string[];
  /** What `nginx -t` printed for the configuration. */
  configTest: string;
  /** The generated redirects.conf, as [from, to] pairs. */
  redirects: [string, string][];
  /** The access log, written in the portal's own format (deploy/nginx/log-format.conf). */
  accessLog: string;
  stop(): Promise<void>;
}

/**
 * Starts nginx with the portal's configuration as an operator installs it (the deploy/nginx files
 * in yenbai-portal/ next to nginx.conf, plus the redirects generated from `redirectsFrom`'s
 * content), serving each of `roots` on a port of its own.
 */
export async function startPortalNginx({ roots, redirectsFrom }: { roots: string[]; redirectsFrom: string }): Promise<PortalNginx> {
  const nginxBin = findNginx();
  if (!nginxBin) throw new Error(missingNginx);
  const temp = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
  const include = join(temp, 'yenbai-portal');
  mkdirSync(include, { recursive: true });
  for (const file of readdirSync(deployDir).filter((f) => f.endsWith('.conf') && f !== 'site.conf')) {
    copyFileSync(join(deployDir, file), join(include, file));
  }
  await promisify(execFile)(process.execPath, [tsx, join(root, 'scripts', 'nginx-redirects.ts'), join(include, 'redirects.conf')], {
    cwd: root,
    env: { ...process.env, PORTAL_CONTENT_DIR: redirectsFrom },
    timeout: 30_000,
  });
  const redirects = [...readFileSync(join(include, 'redirects.conf'), 'utf8').matchAll(/^location = (\S+) \{ return 301 (\S+?)\$is_args\$args; \}$/gm)].map(
    (m): [string, string] => [m[1]!, m[2]!],
  );
  // Debian's list (what `include mime.types` finds next to /etc/nginx/nginx.conf).
  const mimeTypes = process.env.NGINX_MIME_TYPES ?? '/etc/nginx/mime.types';
  if (!existsSync(mimeTypes)) throw new Error(`${mimeTypes} is missing (Debian's nginx-common installs it); set NGINX_MIME_TYPES to nginx's mime.types.`);
  copyFileSync(mimeTypes, join(temp, 'mime.types'));

  const logs = join(temp, 'logs');
  mkdirSync(logs, { recursive: true });
  const logTail = () => {
    const log = join(logs, 'error.log');
    return existsSync(log) ? `\nerror.log:\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
  };
  let child: ChildProcess | undefined;
  let stderr = '';
  const stop = async () => {
    const running = child;
    child = undefined;
    if (running && running.exitCode === null && running.signalCode === null) {
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
  // Should the test process end some other way, nginx must not outlive it.
  process.once('exit', () => child?.kill('SIGKILL'));

  let configTest = '';
  for (let attempt = 1; ; attempt++) {
    const ports = await Promise.all(roots.map(() => freePort()));
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    const conf = join(temp, 'nginx.conf');
    writeFileSync(
      conf,
      `# Test configuration (tests/support/nginx.ts): one process, current user, all files in ${temp}.
master_process off;
daemon off;
pid ${logs}/nginx.pid;
error_log ${logs}/error.log warn;
events { worker_connections 64; }
http {
    include yenbai-portal/log-format.conf;
    access_log ${logs}/access.log portal;
    # Tests only: a request may say which reader's address it stands for (X-Test-Client), so that
    # the shortening of IPv4 and IPv6 addresses is tested without such a network here.
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Test-Client;
    client_body_temp_path ${temp}/client_body;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;
${roots
  .map(
    (rootDir, i) => `
    server {
        listen 127.0.0.1:${ports[i]};
        server_name localhost;
        root ${rootDir};
        include yenbai-portal/portal.conf;
    }`,
  )
  .join('\n')}
}
`,
    );
    if (attempt === 1) {
      const test = spawnSync(nginxBin, ['-t', '-p', `${temp}/`, '-c', conf], { encoding: 'utf8', timeout: 10_000 });
      configTest = `${test.stdout}${test.stderr}`;
      if (test.status !== 0) throw new Error(`nginx -t rejects the configuration:\n${configTest}`);
    }
    stderr = '';
    child = spawn(nginxBin, ['-p', `${temp}/`, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<never>((_, reject) =>
      child!.once('exit', (code) => reject(new Error(`nginx exited (code ${code}) before answering:\n${stderr}${logTail()}`))),
    );
    exited.catch(() => {});
    try {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const answered = await Promise.race([
          fetch(`${bases[0]}/robots.txt`, { signal: AbortSignal.timeout(1000) }).then(
            () => true,
            () => false,
          ),
          exited,
        ]);
        if (answered) break;
        if (Date.now() > deadline) throw new Error(`nginx did not answer on ${bases[0]} within 10 s:\n${stderr}${logTail()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return {
        bases,
        configTest,
        redirects,
        accessLog: join(logs, 'access.log'),
        stop: async () => {
          await stop();
          rmSync(temp, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await stop();
      // Another process may have taken the free port in between: try again, a few times.
      if (attempt < 3 && /Address already in use/.test(String(error))) continue;
      throw error;
    }
  }
}
