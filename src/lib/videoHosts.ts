import type { videoHostNames } from '../schemas/videos';

type VideoHostName = (typeof videoHostNames)[number];

/** What the portal knows about a host whose player it may embed. */
interface VideoHost {
  /** The host's name, as readers know it. */
  name: string;
  /** The origin the player is framed from: the host's privacy-enhanced domain, no cookie before play. */
  embedOrigin: string;
  /** The video's page on the host: where the play link leads when scripts do not run. */
  watchUrl: (id: string) => string;
}

/**
 * The hosts the portal can embed. Adding one here adds its origin to the pages' CSP (astro.config.ts)
 * and the player script (src/client/videoFacade.ts); deploy/nginx/security-headers.conf must list
 * the same origins in `frame-src` (tests/deploy/nginx.test.ts compares them).
 */
export const videoHosts: Readonly<Record<VideoHostName, VideoHost>> = {
  youtube: {
    name: 'YouTube',
    embedOrigin: 'https://www.youtube-nocookie.com',
    watchUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
};

/** Every origin a page may frame: the CSP's `frame-src`. */
export const frameOrigins: readonly string[] = Object.values(videoHosts).map((host) => host.embedOrigin);

/** The player of a video on its host's privacy-enhanced domain. @example embedUrl('youtube', 'dQw4w9WgXcQ') // 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ' */
export function embedUrl(host: VideoHostName, id: string): string {
  return `${videoHosts[host].embedOrigin}/embed/${id}`;
}

/**
 * The player for a play link's address, or undefined when the address is not a video of a known
 * host: the browser script only ever frames an address built here, whatever a page contains.
 * @example embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ') // 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
 */
export function embedFor(watchAddress: string): string | undefined {
  if (!URL.canParse(watchAddress)) return undefined;
  const url = new URL(watchAddress);
  const id = url.searchParams.get('v') ?? '';
  if (url.protocol !== 'https:' || url.hostname !== 'www.youtube.com' || url.pathname !== '/watch' || !/^[A-Za-z0-9_-]{11}$/.test(id)) return undefined;
  return embedUrl('youtube', id);
}
