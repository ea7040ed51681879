/** Where the browser editor saves when an editor signs in to a Git forge (the local-folder way needs none). */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch?: string;
  /** GitHub: the sign-in service (an OAuth client); GitLab, Gitea, Forgejo: the instance's address. */
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
 * (default main), PORTAL_CMS_BASE_URL (GitHub: the sign-in service; a self-hosted GitLab, Gitea
 * or Forgejo: its address), PORTAL_CMS_API_ROOT (the API of a self-hosted forge) and
 * PORTAL_CMS_APP_ID (GitLab, Gitea, Forgejo: the OAuth application, signed in with PKCE). Unset, the editor works on a local folder only (a forge
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
    ...(env.PORTAL_CMS_BASE_URL ? { base_url: env.PORTAL_CMS_BASE_URL } : {}),
    ...(env.PORTAL_CMS_API_ROOT ? { api_root: env.PORTAL_CMS_API_ROOT } : {}),
    ...(env.PORTAL_CMS_APP_ID ? { app_id: env.PORTAL_CMS_APP_ID, auth_type: 'pkce' as const } : {}),
  };
}

/**
 * The origins the editor's scripts talk to for a forge, for the CSP of /admin/: the API, and for
 * GitLab, Gitea and Forgejo the instance, where PKCE sign-in exchanges its code. (GitHub's sign-in
 * service is opened as a window, not fetched.) Defaults as Sveltia's: gitlab.com, gitea.com.
 */
export function forgeOrigins(backend: CmsBackend): string[] {
  const defaults = { github: 'https://api.github.com', gitlab: 'https://gitlab.com', gitea: 'https://gitea.com' };
  const origins = new Set<string>([new URL(backend.api_root ?? defaults[backend.name]).origin]);
  if (backend.name !== 'github' && backend.base_url) origins.add(new URL(backend.base_url).origin);
  return [...origins];
}
