import { embedFor } from '../lib/videoHosts';

/**
 * The click-to-load video player. A report's play control is a link to the video's page on its
 * host (where it leads without JavaScript); pressing it replaces the link with the host's player,
 * framed from its privacy-enhanced domain. Until then the page has asked nothing of the host: no
 * script, no frame, no picture (the poster is the portal's own file). Only addresses that
 * embedFor() recognises are framed, and the CSP allows no other frame source.
 */
export function playOnClick(root: Document): void {
  root.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.video-play');
    const player = link ? embedFor(link.href) : undefined;
    if (!link || !player) return;
    event.preventDefault();
    const frame = root.createElement('iframe');
    frame.className = 'video-frame';
    frame.src = `${player}?autoplay=1`;
    // The frame is named after the report: its title under the player, or the page's heading.
    frame.title = (link.closest('figure')?.querySelector('.video-title') ?? root.querySelector('h1'))?.textContent?.trim() ?? '';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    link.replaceWith(frame);
    frame.focus();
  });
}
