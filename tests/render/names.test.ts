import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Names from '../../src/site/components/Names.astro';

// A name is text from a transcript: whatever direction it carries stays inside it.
describe('Names', () => {
  it('isolates each name in its own <bdi>, joined by 、', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Names, { props: { names: ['王毅', '\u202E毅王', '<b>许岚</b>'] } });
    expect(html).toBe('<bdi class="name">王毅</bdi>、<bdi class="name">\u202E毅王</bdi>、<bdi class="name">&lt;b&gt;许岚&lt;/b&gt;</bdi>');
  });

  it('renders nothing for no names', async () => {
    const container = await AstroContainer.create();
    expect(await container.renderToString(Names, { props: { names: [] } })).toBe('');
  });
});
