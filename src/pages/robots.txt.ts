import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/** Allow everything and point crawlers at the sitemap, wherever the site is deployed. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
