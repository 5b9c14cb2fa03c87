import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../shared/messages';
import { isExtensionPage } from './sender';

describe('the reader’s messages', () => {
  const origin = 'chrome-extension://abcdefghijklmnop/';
  it('are answered for the extension’s pages only, never for a content script or another extension', () => {
    expect(isExtensionPage(`${origin}options.html`, origin)).toBe(true);
    expect(isExtensionPage(`${origin}popup.html?tab=3`, origin)).toBe(true);
    expect(isExtensionPage('https://example.org/article', origin)).toBe(false);
    expect(isExtensionPage('chrome-extension://otherextension/options.html', origin)).toBe(false);
    expect(isExtensionPage(undefined, origin)).toBe(false);
    expect(isExtensionPage(`${origin}x`, '')).toBe(false);
  });

  it('are checked at the boundary: shape, ids and the document’s bounds', () => {
    expect(parseEnvelope({ type: 'add-source', params: { title: 't', text: 'Kazakhstan.' } }, 'background')).toMatchObject({ ok: true });
    expect(parseEnvelope({ type: 'add-source', params: { title: 't', text: 'x', lang: 'en', url: 'https://a.b/', published: '2024-05-01', author: 'A' } }, 'background').ok).toBe(true);
    expect(parseEnvelope({ type: 'add-source', params: { title: 't' } }, 'background').ok).toBe(false);
    expect(parseEnvelope({ type: 'add-source', params: { title: 't', text: 'x', extra: 1 } }, 'background').ok).toBe(false);
    expect(parseEnvelope({ type: 'add-source', params: { title: 't', text: 'x', published: 'May 1' } }, 'background').ok).toBe(false);
    expect(parseEnvelope({ type: 'add-source', params: { title: 't', text: 'x' } }, 'content').ok).toBe(false);
    const big = parseEnvelope({ type: 'add-source', params: { title: 't', text: 'x'.repeat(16_000_001) } }, 'background');
    expect(big).toMatchObject({ ok: false, reason: 'bad params for add-source: The document is too large: Caravan takes documents of up to 2.0 MB.' });
    expect(parseEnvelope({ type: 'remove-source', params: { source: 'reader-0123456789ab' } }, 'background').ok).toBe(true);
    // A bundled source is never the reader's to remove or rename.
    expect(parseEnvelope({ type: 'remove-source', params: { source: '000_67bd3e80e051a725' } }, 'background').ok).toBe(false);
    expect(parseEnvelope({ type: 'rename-source', params: { source: '000_67bd3e80e051a725', title: 'x' } }, 'background').ok).toBe(false);
    expect(parseEnvelope({ type: 'page-html' }, 'content').ok).toBe(true);
  });
});
