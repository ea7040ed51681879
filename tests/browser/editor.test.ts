/**
 * The browser editor (/admin/, Sveltia CMS) as an editor uses it, in headless Chromium against the
 * built site: the local-folder way, with a real directory handle (the origin-private file system,
 * seeded with a copy of content/, handed to the editor where it asks for a folder). An article is
 * created with Vietnamese and English text through the interface, read back, checked with the
 * content rules and built; an existing entry saved without a change writes nothing, and a new title
 * changes exactly one line.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';
import { mirrorProject } from '../../scripts/support/mirrorProject';
import { serveStatic } from '../../scripts/support/staticServer';
import { formatProblems } from '../../src/editorial/problems';
import { checkContent } from '../../src/editorial/validateContent';
import { assertBuilt, distDir } from '../support/dist';

const root = join(import.meta.dirname, '..', '..');

/** content/ as files of the repository: path from the repository root → text. */
function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx|yaml)$/.test(name)) files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, 'content'));
  return files;
}

/** Every file of the origin-private file system, by path. */
const folderFiles = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    return out;
  });

/** The files that differ between two states of the folder. */
const changedFiles = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((path) => before[path] !== after[path] && !path.startsWith('.git'));

/** Lines that differ, as [line, before, after]. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [i + 1, a[i], b[i]] as const).filter(([, x, y]) => x !== y);
};

const seeded = contentFiles();
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

/** Sveltia renders a form's fields as they scroll into view. */
async function scrollForm(): Promise<void> {
  for (let i = 0; i < 12; i++) {
    await page.mouse.move(200, 500);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
}

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(distDir);
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  // Where the editor asks the reader to pick a folder, it gets the origin-private file system.
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
  page = await context.newPage();
  await page.goto(`${server.url}/robots.txt`);
  await page.evaluate(async (files) => {
    const folder = await navigator.storage.getDirectory();
    for await (const [name] of (folder as unknown as { entries(): AsyncIterable<[string]> }).entries()) await folder.removeEntry(name, { recursive: true });
    // The editor accepts only the root folder of a git repository.
    await folder.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = folder;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, seeded);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the browser editor on a local folder', () => {
  it('opens /admin/ and, given the folder, lists the collections', async () => {
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: /Local Repository|kho lưu trữ cục bộ/i }).click();
    await page.getByText('Bài viết · Articles').first().waitFor();
    for (const name of ['Đối tác · Partners', 'Sự kiện · Events', 'Tài liệu báo chí · Press'])
      await expect(page.getByText(name).first().isVisible()).resolves.toBe(true);
  });

  it('saves nothing for an existing entry saved without a change, and one line for a new title', async () => {
    const before = await folderFiles(page);
    await page.goto(`${server.url}/admin/#/collections/articles/entries/yen-bai-today`);
    const title = page.getByRole('textbox', { name: /Tiêu đề/ }).first();
    await title.waitFor();
    const save = page.getByRole('button', { name: /^(Save|Lưu)$/ });
    // Unchanged, the entry cannot even be saved; a keyboard save changes nothing either.
    await expect(save.isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(1000);
    expect(changedFiles(before, await folderFiles(page))).toEqual([]);

    const newTitle = 'Yên Bái hôm nay: từ tỉnh cũ đến trung tâm của tỉnh Lào Cai mới (bản sửa)';
    await title.fill(newTitle);
    await save.click();
    await expect.poll(async () => changedFiles(before, await folderFiles(page)), { timeout: 15_000 }).toEqual(['content/articles/yen-bai-today/vi.mdx']);
    const after = await folderFiles(page);
    const path = 'content/articles/yen-bai-today/vi.mdx';
    expect(changedLines(before[path]!, after[path]!)).toEqual([[2, before[path]!.split('\n')[1], `title: "${newTitle}"`]]);
  });

  it('creates an article with Vietnamese and English text that passes the content check and builds into pages', { timeout: 300_000 }, async () => {
    const before = await folderFiles(page);
    await page.goto(`${server.url}/admin/#/collections/articles-vi/new`);
    await page
      .getByRole('textbox', { name: /Tiêu đề/ })
      .first()
      .fill('Hồ Thác Bà nhìn từ thuyền');
    await page
      .getByRole('textbox', { name: /Mô tả ngắn/ })
      .first()
      .fill('Đi thuyền trên hồ Thác Bà và ghé các đảo giữa hồ: một bài viết để thử trình soạn thảo.');
    await page.getByRole('combobox', { name: /Chuyên mục/ }).click();
    await page.getByRole('option', { name: /Du lịch/ }).click();
    await page.locator('input[type=date]').first().fill('2026-12-07');
    await scrollForm();
    await page.getByRole('button', { name: /Nguồn · Sources/ }).click();
    await page
      .getByRole('textbox', { name: /Tiêu đề · Title/ })
      .nth(1)
      .fill('Hồ Thác Bà (ví dụ cho bộ kiểm thử)');
    await page.getByRole('textbox', { name: /Địa chỉ · Address/ }).fill('https://example.org/thac-ba');
    await scrollForm();
    await page.getByRole('textbox', { name: /Nội dung/ }).click();
    await page.keyboard.type('Du khách đi thuyền trên hồ Thác Bà và ghé thăm các đảo giữa hồ.');
    await page.getByRole('textbox', { name: /^(Slug|Đường dẫn tĩnh)$/ }).fill('thac-ba-by-boat');
    await page.getByRole('button', { name: /^(Save|Lưu)$/ }).click();
    await expect.poll(async () => changedFiles(before, await folderFiles(page)), { timeout: 15_000 }).toEqual(['content/articles/thac-ba-by-boat/vi.mdx']);

    await page.goto(`${server.url}/admin/#/collections/articles-en/new`);
    await page
      .getByRole('textbox', { name: /Tiêu đề/ })
      .first()
      .fill('Thác Bà lake seen from a boat');
    await page
      .getByRole('textbox', { name: /Mô tả ngắn/ })
      .first()
      .fill('A boat trip on Thác Bà lake, with stops at its islands: an article to try the editor.');
    await scrollForm();
    await page.getByRole('textbox', { name: /Nội dung/ }).click();
    await page.keyboard.type('Visitors take a boat across Thác Bà lake and stop at its islands.');
    await page.getByRole('textbox', { name: /^(Slug|Đường dẫn tĩnh)$/ }).fill('thac-ba-by-boat');
    await page.getByRole('button', { name: /^(Save|Lưu)$/ }).click();
    await expect
      .poll(async () => changedFiles(before, await folderFiles(page)).sort(), { timeout: 15_000 })
      .toEqual(['content/articles/thac-ba-by-boat/en.mdx', 'content/articles/thac-ba-by-boat/vi.mdx']);
    const written = await folderFiles(page);
    const vi = written['content/articles/thac-ba-by-boat/vi.mdx']!;
    const en = written['content/articles/thac-ba-by-boat/en.mdx']!;
    expect(vi).toContain('topic: tourism\ndate: 2026-12-07\n');
    expect(en).toBe(
      '---\ntitle: Thác Bà lake seen from a boat\ndescription: "A boat trip on Thác Bà lake, with stops at its islands: an article to try the editor."\n---\n\nVisitors take a boat across Thác Bà lake and stop at its islands.\n',
    );

    // The files pass the content rules of `npm run check`, beside the whole content.
    const work = mkdtempSync(join(tmpdir(), 'portal-editor-'));
    cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
    mkdirSync(join(work, 'content', 'articles', 'thac-ba-by-boat'));
    writeFileSync(join(work, 'content', 'articles', 'thac-ba-by-boat', 'vi.mdx'), vi);
    writeFileSync(join(work, 'content', 'articles', 'thac-ba-by-boat', 'en.mdx'), en);
    const { problems, warnings } = await checkContent(join(work, 'content'), root);
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(warnings, formatProblems(warnings)).toEqual([]);

    // And they build into pages: a copy of the project with the publishing fixture and the new entry.
    const copy = join(work, 'site');
    mirrorProject(root, copy);
    cpSync(join(root, 'tests', 'fixtures', 'content', 'publishing'), join(copy, 'content'), { recursive: true });
    cpSync(join(work, 'content', 'articles', 'thac-ba-by-boat'), join(copy, 'content', 'articles', 'thac-ba-by-boat'), { recursive: true });
    await promisify(execFile)(process.execPath, ['--import', 'tsx', join(copy, 'scripts', 'build.ts')], {
      cwd: copy,
      env: { ...process.env, PORTAL_CONTENT_DIR: 'content', PORTAL_CACHE_DIR: join(copy, 'node_modules', '.astro') },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(readFileSync(join(copy, 'dist', 'vi', 'tourism', 'thac-ba-by-boat', 'index.html'), 'utf8')).toContain('Hồ Thác Bà nhìn từ thuyền');
    expect(readFileSync(join(copy, 'dist', 'en', 'tourism', 'thac-ba-by-boat', 'index.html'), 'utf8')).toContain('Visitors take a boat across Thác Bà lake');
  });
});
