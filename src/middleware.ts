import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './site/lib/page-context';

/** Decide once, from the URL, what a page is in (its script, strings and links); every component reads `Astro.locals.page`. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageContext(context.url, import.meta.env.BASE_URL);
  return next();
});
