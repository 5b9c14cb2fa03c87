import { describe, expect, it } from 'vitest';
import { decodePng, encodePng, sideBySide, type Image } from './png-image';

const solid = (width: number, height: number, rgba: number[]): Image => ({
  width,
  height,
  data: Buffer.from(Array.from({ length: width * height }, () => rgba).flat()),
});

describe('png', () => {
  it('round-trips an image through encode and decode', () => {
    const image = solid(3, 2, [10, 20, 30, 255]);
    image.data[4] = 200;
    expect(decodePng(encodePng(image))).toEqual(image);
  });

  it('places images side by side with a divider, top-aligned', () => {
    const out = sideBySide([solid(2, 2, [255, 0, 0, 255]), solid(1, 1, [0, 0, 255, 255])], 1, [9, 9, 9, 255]);
    expect([out.width, out.height]).toEqual([4, 2]);
    const px = (x: number, y: number) => [...out.data.subarray((y * 4 + x) * 4, (y * 4 + x) * 4 + 4)];
    expect(px(1, 1)).toEqual([255, 0, 0, 255]);
    expect(px(2, 0)).toEqual([9, 9, 9, 255]);
    expect(px(3, 0)).toEqual([0, 0, 255, 255]);
    // Below the shorter image: left empty (transparent).
    expect(px(3, 1)).toEqual([0, 0, 0, 0]);
  });

  it('refuses what it does not read', () => {
    expect(() => decodePng(Buffer.from('not a png'))).toThrow('not a PNG');
  });
});
