/** Where the build steps after Astro report (src/postbuild/); `console` is one. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}
