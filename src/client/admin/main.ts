/**
 * The portal's part of the browser editor (/admin/): reads the configuration the build generated
 * from the schemas (/admin/config.json, src/editorial/cmsConfig.ts), registers the file format
 * that writes back only what an editor changed (src/editorial/frontmatterEdit.ts), the portal's
 * styles for the preview, and starts Sveltia CMS.
 */
import { cmsFormat, sourceField } from '../../editorial/cmsNames';
import { readEntryFile, writeEntryFile } from '../../editorial/frontmatterEdit';

interface Field {
  name: string;
  default?: unknown;
  fields?: Field[];
}
interface SveltiaCms {
  init(options: { config: Record<string, unknown> }): Promise<void>;
  registerCustomFormat(
    name: string,
    extension: string,
    formats: { fromFile(text: string): Record<string, unknown>; toFile(content: Record<string, unknown>): string },
  ): void;
  registerPreviewStyle(url: string): void;
}
declare global {
  interface Window {
    CMS: SveltiaCms;
  }
}

/** Every field of every collection, in the editor's order, with the defaults the schemas give. */
function fieldsOf(config: { collections: { fields?: Field[]; files?: { fields: Field[] }[] }[] }): { order: string[]; defaults: Record<string, unknown> } {
  const order: string[] = [];
  const defaults: Record<string, unknown> = {};
  for (const collection of config.collections) {
    for (const fields of [collection.fields ?? [], ...(collection.files ?? []).map((file) => file.fields)]) {
      for (const field of fields) {
        if (!order.includes(field.name)) order.push(field.name);
        if (field.default !== undefined) defaults[field.name] = field.default;
      }
    }
  }
  return { order, defaults };
}

const config = (await (await fetch('/admin/config.json')).json()) as Parameters<typeof fieldsOf>[0] & Record<string, unknown>;
const { order, defaults } = fieldsOf(config);
const known = new Set(order);

window.CMS.registerCustomFormat(cmsFormat, 'mdx', {
  fromFile(text) {
    const { data, body } = readEntryFile(text);
    return { ...data, body, [sourceField]: text };
  },
  toFile(content) {
    const { body, [sourceField]: original, ...data } = content;
    return writeEntryFile(
      { data, body: typeof body === 'string' ? body : '' },
      { original: typeof original === 'string' ? original : undefined, order, known, defaults },
    );
  },
});
window.CMS.registerPreviewStyle('/admin/preview.css');
await window.CMS.init({ config });
