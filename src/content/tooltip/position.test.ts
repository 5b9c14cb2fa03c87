import { describe, expect, it } from 'vitest';
import { chooseSide } from './position';

const rect = (top: number, bottom: number) => ({ top, bottom, left: 0, right: 10, width: 10, height: bottom - top, x: 0, y: top, toJSON: () => ({}) }) as DOMRectReadOnly;

describe('chooseSide', () => {
  it('opens below where the card fits there', () => {
    expect(chooseSide(rect(100, 120), 300, 657, 6)).toBe('bottom');
  });
  it('opens above where it does not fit below and there is more room above', () => {
    expect(chooseSide(rect(500, 520), 300, 657, 6)).toBe('top');
  });
  it('stays below when neither side fits but below has more room', () => {
    expect(chooseSide(rect(100, 120), 460, 300, 6)).toBe('bottom');
  });
  it('in a short frame takes the larger side', () => {
    // A 260 px frame, the mention at 150–170: 76 px below, 136 above.
    expect(chooseSide(rect(150, 170), 400, 260, 6)).toBe('top');
  });
});
