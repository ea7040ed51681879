import { z } from 'astro/zod';
import { idSchema } from '../schemas/common';

/** What an editor may pass to one of the portal's components: literal props, checked by a schema. */
export interface EditorComponentSpec {
  /** The props, as literal strings in the MDX (`<Name prop="value">`), checked by this schema. */
  props: z.ZodObject;
  /** Whether the component takes text between its tags (Markdown, checked by the same rules). */
  children: boolean;
  /** One line for editors: what it shows. */
  purpose: string;
  /** What the valid props point at, for the checks that need the site: pictures of the entry, video reports. */
  refers?: (props: Record<string, string>) => { pictures?: string[]; videos?: string[] };
}

/** The picture files a gallery shows: two to twelve `./file.jpg`, separated by spaces. */
const pictureList = z
  .string()
  .trim()
  .regex(/^\.\/[^\s/\\]+(?:\s+\.\/[^\s/\\]+){1,11}$/, 'lists two to twelve pictures of this folder, separated by spaces: "./a.jpg ./b.jpg"');
const filesOf = (list: string) => list.trim().split(/\s+/);

/**
 * The components editors may use in an entry body, by name. The portal gives them to MDX
 * (src/components/EntryBody.astro); an entry never imports anything. A name not listed here is
 * refused by the content check, and the compile guard refuses it again. What each one renders is
 * allowed by the sanitiser (sanitizeEntryHtml.ts), and none carries a script of its own: the page
 * adds the one a component needs, outside the sanitised text (EntryBody.astro).
 */
export const editorComponents: Readonly<Record<string, EditorComponentSpec>> = {
  Gallery: {
    props: z.strictObject({
      pictures: pictureList,
      /** What the pictures show together, in this file's language. Optional. */
      label: z.string().trim().min(3).max(120).optional(),
    }),
    children: false,
    purpose: 'a gallery of this entry’s credited pictures: <Gallery pictures="./a.jpg ./b.jpg" label="…" />',
    refers: (props) => ({ pictures: filesOf(props.pictures ?? '') }),
  },
  // Not `Video`: a name that is an HTML element in any case is judged as that element (bodyPolicy.ts).
  VideoReport: {
    props: z.strictObject({ report: idSchema }),
    children: false,
    purpose: 'a video report of content/videos/, loaded only when the reader presses play: <VideoReport report="folder-name" />',
    refers: (props) => ({ videos: props.report ? [props.report] : [] }),
  },
};
