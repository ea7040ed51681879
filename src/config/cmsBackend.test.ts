import { describe, expect, it } from 'vitest';
import { cmsBackendFromEnv, forgeOrigins } from './cmsBackend';

describe('cmsBackendFromEnv()', () => {
  it('works on a local folder only when no forge is configured', () => {
    expect(cmsBackendFromEnv({})).toEqual({ name: 'github', repo: 'not-configured/yenbai-portal', branch: 'main' });
    expect(forgeOrigins(cmsBackendFromEnv({}))).toEqual(['https://api.github.com']);
  });

  it('reads GitHub with its sign-in service, and a self-hosted Forgejo signed in with PKCE', () => {
    expect(cmsBackendFromEnv({ PORTAL_CMS_REPO: 'province/portal', PORTAL_CMS_BASE_URL: 'https://auth.example.org' })).toMatchObject({
      name: 'github',
      base_url: 'https://auth.example.org',
    });
    const forgejo = cmsBackendFromEnv({
      PORTAL_CMS_BACKEND: 'gitea',
      PORTAL_CMS_REPO: 'province/portal',
      PORTAL_CMS_BASE_URL: 'https://git.example.org',
      PORTAL_CMS_API_ROOT: 'https://git.example.org/api/v1',
      PORTAL_CMS_APP_ID: 'abc',
    });
    expect(forgejo).toMatchObject({ name: 'gitea', app_id: 'abc', auth_type: 'pkce' });
    expect(forgeOrigins(forgejo)).toEqual(['https://git.example.org']);
    expect(forgeOrigins(cmsBackendFromEnv({ PORTAL_CMS_BACKEND: 'gitlab', PORTAL_CMS_REPO: 'a/b' }))).toEqual(['https://gitlab.com']);
  });

  it('names a wrong forge or repository', () => {
    expect(() => cmsBackendFromEnv({ PORTAL_CMS_BACKEND: 'bitbucket' })).toThrow(/PORTAL_CMS_BACKEND is "bitbucket"/);
    expect(() => cmsBackendFromEnv({ PORTAL_CMS_REPO: 'portal' })).toThrow(/owner\/name/);
  });
});
