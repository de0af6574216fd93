import { getViteConfig } from 'astro/config';

// Components rendered by Astro's container API, with the project's own Astro and Vite setup: no build.
export default getViteConfig({
  test: {
    name: 'render',
    // Relative to this folder.
    include: ['**/*.test.ts'],
  },
});
