import { describe, expect, it } from 'vitest';

// The setup file scripts/vitest/strict-throws.ts, proven on what vitest alone lets pass.
describe('toThrow with a message (scripts/vitest/strict-throws.ts)', () => {
  it('fails where nothing, null or undefined is thrown or rejected', async () => {
    /* eslint-disable @typescript-eslint/prefer-promise-reject-errors -- rejections that are not Errors are the point */
    expect(() => expect(() => {}).toThrow(/abc/)).toThrow(/expected function to throw/);
    expect(() => expect(() => { throw null; }).toThrow(/abc/)).toThrow(/got null/);
    expect(() => expect(() => { throw undefined; }).toThrow('abc')).toThrow(/got undefined/);
    await expect(expect(Promise.reject(null)).rejects.toThrow(/abc/)).rejects.toThrow(/got null/);
    await expect(expect(Promise.reject(undefined)).rejects.toThrowError('abc')).rejects.toThrow(/got undefined/);
    /* eslint-enable @typescript-eslint/prefer-promise-reject-errors */
  });
  it('passes on an Error or string whose message fits, and fails on one that does not', async () => {
    expect(() => { throw new Error('xx abc yy'); }).toThrow('abc');
    expect(() => { throw new TypeError('abc'); }).toThrow(/^abc$/);
    expect(() => { throw 'abc'; }).toThrow('abc');
    await expect(Promise.reject(new Error('abc'))).rejects.toThrow(/abc/);
    expect(() => expect(() => { throw new Error('xyz'); }).toThrow(/abc/)).toThrow(/got Error: xyz/);
  });
  it('leaves the other forms to vitest', () => {
    expect(() => { throw new RangeError('r'); }).toThrow(RangeError);
    expect(() => {}).not.toThrow(/abc/);
    expect(() => { throw null; }).toThrow();
  });
});
