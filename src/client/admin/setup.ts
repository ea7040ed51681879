/**
 * Runs before Sveltia CMS (/admin/sveltia-cms.js): the editor starts only when main.js has
 * registered the portal's file format, and it loads nothing from another origin. Sveltia fetches
 * its interface strings from a CDN (unpkg); the portal serves the same files, copied from the npm
 * package at build time, from /admin/sveltia/. Its update check and forge status check are answered
 * "nothing to report" without a request: the installed version is the one in package-lock.json.
 */
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
  }
}

window.CMS_MANUAL_INIT = true;

const cdnPackage = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/(locales\/[\w-]+\.json)$/;
const request = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = input instanceof Request ? input.url : String(input);
  const local = cdnPackage.exec(url);
  if (local) return request(`/admin/sveltia/${local[1]}`, init);
  if (url.startsWith('https://unpkg.com/') || url.startsWith('https://www.githubstatus.com/')) {
    return Promise.reject(new TypeError(`The portal's editor does not load ${url}.`));
  }
  return request(input, init);
};

export {};
