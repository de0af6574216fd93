import { defineMiddleware } from 'astro:middleware';
import { pageScript } from './site/lib/page-script';

/** Decide once, from the URL, which script a page is in; every component reads `Astro.locals.script`. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.script = pageScript(context.url, import.meta.env.BASE_URL);
  return next();
});
