import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyCitation } from './copy-citation';

// copyCitation over fakes of what it calls: the async Clipboard API (navigator.clipboard.write and
// ClipboardItem, stubbed as globals) and a document whose execCommand('copy') fires the copy event.
const citation = { text: 'Kabul, 2023. Ministry.', html: '<p>Kabul, 2023. <i>Ministry</i>.</p>' };

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

/** A document whose execCommand('copy') fires a copy event carrying `clipboardData` (or none). */
function fakeDoc(opts: { clipboardData?: boolean; execThrows?: Error } = {}) {
  const listeners = new Map<string, { fn: (e: unknown) => void; capture: unknown }>();
  const data: Record<string, string> = {};
  const event = {
    clipboardData: opts.clipboardData === false ? null : { setData: (type: string, value: string) => (data[type] = value) },
    preventDefault: vi.fn(),
    stopImmediatePropagation: vi.fn(),
  };
  const doc = {
    addEventListener: vi.fn((type: string, fn: (e: unknown) => void, capture: unknown) => listeners.set(type, { fn, capture })),
    removeEventListener: vi.fn((type: string, fn: unknown) => {
      if (listeners.get(type)?.fn === fn) listeners.delete(type);
    }),
    execCommand: vi.fn((command: string) => {
      if (opts.execThrows) throw opts.execThrows;
      if (command === 'copy') listeners.get('copy')?.fn(event);
      return true;
    }),
  };
  return { doc: doc as unknown as Document, mock: doc, listeners, data, event };
}

function stubClipboard(write?: (items: FakeClipboardItem[]) => Promise<void>) {
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  vi.stubGlobal('navigator', { clipboard: write ? { write } : {} });
}

afterEach(() => vi.unstubAllGlobals());

describe('copyCitation', () => {
  it('writes one ClipboardItem with the text as text/plain and the HTML as text/html, without the copy event', async () => {
    const written: FakeClipboardItem[][] = [];
    stubClipboard((items) => {
      written.push(items);
      return Promise.resolve();
    });
    const { doc, mock } = fakeDoc();
    await copyCitation(citation, doc);
    expect(written).toHaveLength(1);
    expect(written[0]).toHaveLength(1);
    const { items } = written[0]![0]!;
    expect(Object.keys(items)).toEqual(['text/plain', 'text/html']);
    expect(items['text/plain']!.type).toBe('text/plain');
    expect(await items['text/plain']!.text()).toBe(citation.text);
    expect(items['text/html']!.type).toBe('text/html');
    expect(await items['text/html']!.text()).toBe(citation.html);
    expect(mock.execCommand).not.toHaveBeenCalled();
    expect(mock.addEventListener).not.toHaveBeenCalled();
  });

  it('falls back to a copy event carrying both types where the clipboard write is refused', async () => {
    stubClipboard(() => Promise.reject(new Error('NotAllowedError: permissions policy')));
    const { doc, mock, data, event, listeners } = fakeDoc();
    await expect(copyCitation(citation, doc)).resolves.toBeUndefined();
    expect(data).toEqual({ 'text/plain': citation.text, 'text/html': citation.html });
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(event.stopImmediatePropagation).toHaveBeenCalledTimes(1);
    expect(mock.execCommand).toHaveBeenCalledWith('copy');
    // Listened in the capture phase, and removed again afterwards.
    expect(mock.addEventListener).toHaveBeenCalledWith('copy', expect.any(Function), true);
    expect(mock.removeEventListener).toHaveBeenCalledWith('copy', mock.addEventListener.mock.calls[0]![1], true);
    expect(listeners.size).toBe(0);
  });

  it('falls back to the copy event where there is no ClipboardItem, or no clipboard.write', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    vi.stubGlobal('navigator', { clipboard: { write: vi.fn() } });
    const first = fakeDoc();
    await copyCitation(citation, first.doc);
    expect(first.data['text/plain']).toBe(citation.text);

    stubClipboard();
    const second = fakeDoc();
    await copyCitation(citation, second.doc);
    expect(second.data['text/html']).toBe(citation.html);

    vi.stubGlobal('navigator', {});
    const third = fakeDoc();
    await copyCitation(citation, third.doc);
    expect(third.data['text/plain']).toBe(citation.text);
  });

  it('rejects with the clipboard error when the copy event carries no clipboard data either', async () => {
    const refused = new Error('NotAllowedError: permissions policy');
    stubClipboard(() => Promise.reject(refused));
    const { doc, event, mock } = fakeDoc({ clipboardData: false });
    await expect(copyCitation(citation, doc)).rejects.toBe(refused);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(mock.removeEventListener).toHaveBeenCalledTimes(1);
  });

  it('rejects with "no async clipboard" when there is no API and the copy event does not fire', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const { doc, mock } = fakeDoc();
    mock.execCommand.mockImplementation(() => false);
    await expect(copyCitation(citation, doc)).rejects.toThrow(/^no async clipboard$/);
  });

  it('removes its listener even when execCommand throws, and rejects with that error', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const thrown = new Error('execCommand is not supported');
    const { doc, listeners } = fakeDoc({ execThrows: thrown });
    await expect(copyCitation(citation, doc)).rejects.toBe(thrown);
    expect(listeners.size).toBe(0);
  });
});
