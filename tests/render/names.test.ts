import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Names from '../../src/site/components/Names.astro';
import { pageContext } from '../../src/site/lib/page-context';

/** What the middleware gives every page: here, a simplified page of a site built under `base`. */
const locals = (base = '/') => ({ page: pageContext(new URL(`http://localhost:4321${base}2024-03-07-wang-yi/05/`), base) });

// A name is text from a transcript: whatever direction it carries stays inside it.
describe('Names', () => {
  it('isolates each name in its own <bdi>, joined by 、', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Names, { props: { names: ['王毅', '\u202E毅王', '<b>许岚</b>'] }, locals: locals() });
    expect(html).toBe('<bdi class="name">王毅</bdi>、<bdi class="name">\u202E毅王</bdi>、<bdi class="name">&lt;b&gt;许岚&lt;/b&gt;</bdi>');
  });

  it('renders nothing for no names', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(Names, { props: { names: [] }, locals: locals() })).toBe('');
  });

  it("links a name to its page with the page context's base", async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Names, { props: { names: ['王毅', '许岚'], hrefs: ['/speakers/王毅/'] }, locals: locals('/transcripts/') });
    expect(html).toBe('<a href="/transcripts/speakers/王毅/"><bdi class="name">王毅</bdi></a>、<bdi class="name">许岚</bdi>');
  });
});
