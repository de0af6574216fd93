declare namespace App {
  interface Locals {
    /** The script of the page being rendered, decided once by src/middleware.ts. */
    script: import('./shared/content/schema').Script;
  }
}

/** The project's folder, where entries' `filePath`s start (set in astro.config.mjs). */
declare const __PROJECT_ROOT__: string;
