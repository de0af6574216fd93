import type { APIRoute } from 'astro';
import { siteHref } from '../shared/site-href';

/** Allow everything and point crawlers at the sitemap, wherever the site is deployed. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(siteHref('/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
