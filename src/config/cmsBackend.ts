/** Where the browser editor saves when an editor signs in to a Git forge (the local-folder way needs none). */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch?: string;
  /** The sign-in service (OAuth client) for GitHub. */
  base_url?: string;
  /** The API of a self-hosted GitLab, Gitea or Forgejo. */
  api_root?: string;
  /** The OAuth application id of GitLab, Gitea or Forgejo (PKCE sign-in: no service needed). */
  app_id?: string;
  auth_type?: 'pkce';
}

/** Forges the browser editor can save to, as Sveltia CMS names them. */
const forges = ['github', 'gitlab', 'gitea'] as const;

/**
 * Where the browser editor (/admin/) saves when an editor signs in to a Git forge, from the
 * environment of the build (docs/editing-in-the-browser.md):
 * PORTAL_CMS_BACKEND (github, gitlab or gitea), PORTAL_CMS_REPO (owner/name), PORTAL_CMS_BRANCH
 * (default main), PORTAL_CMS_AUTH_URL (GitHub: the sign-in service), PORTAL_CMS_API_ROOT (a
 * self-hosted GitLab, Gitea or Forgejo) and PORTAL_CMS_APP_ID (GitLab, Gitea, Forgejo: the OAuth
 * application, signed in with PKCE). Unset, the editor works on a local folder only (a forge
 * sign-in finds no repository).
 */
export function cmsBackendFromEnv(env: Record<string, string | undefined> = process.env): CmsBackend {
  const name = (env.PORTAL_CMS_BACKEND ?? 'github') as CmsBackend['name'];
  if (!forges.includes(name)) throw new Error(`PORTAL_CMS_BACKEND is "${name}": use one of ${forges.join(', ')}.`);
  // The editor names the repository's folder when it asks for one: the project's folder name.
  const repo = env.PORTAL_CMS_REPO ?? 'not-configured/yenbai-portal';
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(repo)) throw new Error(`PORTAL_CMS_REPO is "${repo}": write the repository as owner/name.`);
  return {
    name,
    repo,
    branch: env.PORTAL_CMS_BRANCH ?? 'main',
    ...(env.PORTAL_CMS_AUTH_URL ? { base_url: env.PORTAL_CMS_AUTH_URL } : {}),
    ...(env.PORTAL_CMS_API_ROOT ? { api_root: env.PORTAL_CMS_API_ROOT } : {}),
    ...(env.PORTAL_CMS_APP_ID ? { app_id: env.PORTAL_CMS_APP_ID, auth_type: 'pkce' as const } : {}),
  };
}

/** The origins the editor's scripts talk to for a forge (its API and sign-in), for the CSP of /admin/. */
export function forgeOrigins(backend: CmsBackend): string[] {
  const origins = new Set<string>();
  if (backend.api_root) origins.add(new URL(backend.api_root).origin);
  else if (backend.name === 'github') origins.add('https://api.github.com');
  else if (backend.name === 'gitlab') origins.add('https://gitlab.com');
  return [...origins];
}
