/** Where the build steps after Astro report (src/build/); `console` is one. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}
