declare namespace App {
  interface Locals {
    /** The script of the page being rendered, decided once by src/middleware.ts. */
    script: import('./lib/content/schema').Script;
  }
}
