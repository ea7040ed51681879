import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, localeCodes } from '../i18n/locales';
import { quote } from './bodyPolicy';
import type { ContentProblem } from './problems';

/** A video file the portal may host: MP4 or WebM. */
export const VIDEO_FILE = /\.(?:mp4|webm)$/i;
/** Captions of a hosted video: WebVTT, one file per language (`en.vtt`). */
const CAPTIONS_FILE = /^([a-z]{2,3})\.vtt$/;

/** A hosted video larger than this belongs on a video platform (the repository and the server carry it). */
const MAX_VIDEO_BYTES = 100 * 1024 * 1024;
const MAX_CAPTIONS_BYTES = 1024 * 1024;

/** The first bytes of a file. */
function head(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Whether a file is what its extension says: MP4's `ftyp` box, WebM's EBML header. */
function looksLike(path: string): boolean {
  const bytes = head(path, 12);
  return path.toLowerCase().endsWith('.webm')
    ? bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))
    : bytes.subarray(4, 8).toString('latin1') === 'ftyp';
}

/**
 * The files of a video report that the portal hosts: the video named by `file` (MP4 or WebM, at
 * most 100 MB, one per folder) and its WebVTT captions (`<lang>.vtt`, only beside a hosted video).
 */
export function checkVideoFiles(input: {
  entryDir: string;
  rel: (path: string) => string;
  videoFiles: readonly string[];
  captionFiles: readonly string[];
  source?: { facts: Record<string, unknown>; file: string; lineOf: (path: readonly PropertyKey[]) => number } | undefined;
}): ContentProblem[] {
  const { entryDir, rel, videoFiles, captionFiles, source } = input;
  const problems: ContentProblem[] = [];
  const named = typeof source?.facts.file === 'string' ? source.facts.file.replace(/^\.\//, '') : undefined;
  if (source && named && !videoFiles.includes(named)) {
    problems.push({
      file: source.file,
      line: source.lineOf(['file']),
      title: `\`file: ${quote(String(source.facts.file))}\`: no such video in this folder`,
      fix: `Put the video in ${rel(entryDir)}/ (MP4 or WebM), or correct the name.`,
    });
  }
  for (const name of videoFiles) {
    const path = join(entryDir, name);
    if (name !== named) {
      problems.push({
        file: rel(path),
        title: `\`${quote(name)}\` is not the report's \`file\``,
        detail: 'A report folder holds at most one video, the one its vi.mdx names in `file`.',
        fix: `Write \`file: ./${name}\` in vi.mdx, or remove the file.`,
      });
      continue;
    }
    const bytes = statSync(path).size;
    if (bytes > MAX_VIDEO_BYTES) {
      problems.push({
        file: rel(path),
        title: `Video \`${quote(name)}\` is too large: ${(bytes / 1024 / 1024).toFixed(0)} MB`,
        fix: 'Publish a video over 100 MB on a video platform and give its address (`url`, and `embed` for YouTube) instead of hosting the file.',
      });
    } else if (!looksLike(path)) {
      problems.push({
        file: rel(path),
        title: `\`${quote(name)}\` is not the ${name.split('.').pop()!.toUpperCase()} video its name says`,
        fix: 'Export the video again as MP4 (H.264) or WebM and replace the file.',
      });
    }
  }
  for (const name of captionFiles) {
    const path = join(entryDir, name);
    const code = CAPTIONS_FILE.exec(name)?.[1];
    if (!code || !isLocale(code)) {
      problems.push({
        file: rel(path),
        title: `\`${quote(name)}\` is not named after a language of the portal`,
        fix: `Name captions after their language: ${localeCodes.map((c) => `${c}.vtt`).join(', ')}.`,
      });
      continue;
    }
    if (!named) {
      problems.push({
        file: rel(path),
        title: `Captions \`${quote(name)}\` without a video hosted by the portal`,
        detail: 'Captions go with a video file of this folder; a video played from its host has that host’s captions.',
        fix: 'Add the video and `file: ./report.mp4` to vi.mdx, or remove the captions.',
      });
      continue;
    }
    const text = statSync(path).size <= MAX_CAPTIONS_BYTES ? head(path, MAX_CAPTIONS_BYTES).toString('utf8') : '';
    if (!/^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r?\n|$)/.test(text)) {
      problems.push({
        file: rel(path),
        line: 1,
        title: `Captions \`${quote(name)}\` are not a WebVTT file`,
        detail: 'A WebVTT file starts with the line `WEBVTT` and is at most 1 MB.',
        fix: 'Export the captions as WebVTT (.vtt) from your subtitle editor.',
      });
    }
  }
  return problems;
}
