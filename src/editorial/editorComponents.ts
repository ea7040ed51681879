import type { z } from 'astro/zod';

/** What an editor may pass to one of the portal's components: literal props, checked by a schema. */
export interface EditorComponentSpec {
  /** The props, as literal strings in the MDX (`<Name prop="value">`), checked by this schema. */
  props: z.ZodObject;
  /** Whether the component takes text between its tags (Markdown, checked by the same rules). */
  children: boolean;
  /** One line for editors: what it shows. */
  purpose: string;
}

/**
 * The components editors may use in an entry body, by name. The portal gives them to MDX
 * (src/components/EntryBody.astro); an entry never imports anything. A name not listed here is
 * refused by the content check, and the compile guard refuses it again.
 */
export const editorComponents: Readonly<Record<string, EditorComponentSpec>> = {};
