import { describe, expect, it } from 'vitest';
import { describeError } from './schema';

describe('describeError', () => {
  it('names an Error and a DOMException by name and message', () => {
    expect(describeError(new TypeError('bad key'))).toBe('TypeError: bad key');
    expect(describeError(new DOMException('versions differ', 'VersionError'))).toBe('VersionError: versions differ');
  });

  it('gives anything else as its string, not as a pretend error', () => {
    expect(describeError('blocked')).toBe('blocked');
    expect(describeError({ name: 'Fake', message: 'not an error' })).toBe('[object Object]');
    expect(describeError(undefined)).toBe('undefined');
  });
});
