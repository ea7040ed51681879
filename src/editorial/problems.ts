/**
 * A mistake in a content file, written for an editor: where it is, what is wrong, how to fix it.
 * Follows Astro's error-message guide: a title, what happened, then the fix.
 */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** What is wrong, in one line. */
  title: string;
  /** A warning does not stop the build; an editor fixes it or accepts it with a reason. Default: a problem. */
  severity?: 'warning';
  /** What happened: the field and the bad value. */
  detail?: string;
  /** How to fix it. */
  fix: string;
}

/**
 * Formats problems for a terminal, grouped by file.
 * @example formatProblems([{ file: 'content/a/vi.mdx', line: 3, title: 'Unknown topic', fix: 'Use history.' }])
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const blocks = [...byFile.entries()].map(([file, list]) =>
    [
      file,
      ...list
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((p) =>
          [`  ${p.line ? `line ${p.line}: ` : ''}${p.title}`, p.detail ? `    ${p.detail}` : undefined, `    Fix: ${p.fix}`].filter(Boolean).join('\n'),
        ),
    ].join('\n'),
  );
  const count = problems.length;
  const files = byFile.size;
  const noun = problems.every((p) => p.severity === 'warning') ? (count === 1 ? 'warning' : 'warnings') : count === 1 ? 'problem' : 'problems';
  return `${count} content ${noun} in ${files} ${files === 1 ? 'file' : 'files'}:\n\n${blocks.join('\n\n')}\n`;
}
