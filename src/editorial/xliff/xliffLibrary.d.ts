/** The two functions of the `xliff` package (locize/xliff) the portal uses; the package ships no types. */

/** An inline element as the package models it: `{ SpanStart: { id, ctype, contents } }` for `<bpt>`… */
type XliffInlineElement = Record<string, { id?: string; contents?: XliffValue; [attribute: string]: unknown }>;
type XliffValue = string | XliffInlineElement | (string | XliffInlineElement)[];

interface XliffResource {
  source?: XliffValue;
  target?: XliffValue;
  note?: string | string[] | XliffValue;
  additionalAttributes?: Record<string, string>;
  groupUnits?: Record<string, XliffResource>;
}

interface XliffJs {
  sourceLanguage: string;
  targetLanguage?: string;
  /** One entry per `<file>`, keyed by its `original`; then the units by id. */
  resources: Record<string, Record<string, XliffResource>>;
}

declare module 'xliff/jsToXliff12' {
  export default function jsToXliff12(js: XliffJs, options?: { indent?: string; xmlLangAttr?: boolean }): Promise<string>;
}

declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string, options?: { captureSpacesBetweenElements?: boolean }): Promise<XliffJs>;
}
