declare namespace App {
  interface Locals {
    /** The page being rendered: its script, UI strings and links, decided once by src/middleware.ts. */
    page: import('./site/lib/page-context').PageContext;
  }
}

/** The project's folder, where entries' `filePath`s start (set in astro.config.mjs). */
declare const __PROJECT_ROOT__: string;
