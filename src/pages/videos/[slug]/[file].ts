import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntries } from '../../../data/entries';
import { hostedVideo } from '../../../data/videos';

/**
 * The video files the portal hosts and their WebVTT captions, written to dist/ as they are
 * (`/videos/<slug>/report.mp4`, `/videos/<slug>/en.vtt`): one address for every language's page.
 */
export const getStaticPaths = (async () =>
  (await getEntries('videos')).flatMap((entry) => {
    const video = hostedVideo(entry);
    if (!video) return [];
    return [
      { params: { slug: entry.slug, file: video.src.split('/').pop()! }, props: { path: video.path, type: video.type } },
      ...video.captions.map((c) => ({ params: { slug: entry.slug, file: `${c.locale}.vtt` }, props: { path: c.path, type: 'text/vtt; charset=utf-8' } })),
    ];
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; type: string }> = ({ props }) => new Response(readFileSync(props.path), { headers: { 'Content-Type': props.type } });
