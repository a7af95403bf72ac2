import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { describeImage, MAX_IMAGE_PIXELS } from './thumbnails.ts';

describe('image facts and thumbnails', () => {
  it('describes an image: displayed dimensions and a WebP thumbnail within the size', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3366cc' } })
      .png()
      .toBuffer();
    const facts = await describeImage(png, 100);
    expect(facts).toMatchObject({ width: 300, height: 200 });
    const thumb = await sharp(facts!.thumbnail).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 100, height: 67 });
  });

  it('does not decode an image of more pixels than the limit (a decompression bomb)', async () => {
    // 8000 × 8000 grey compresses to a few hundred kilobytes and decodes to 64 MB.
    const side = 8000;
    expect(side * side).toBeGreaterThan(MAX_IMAGE_PIXELS);
    const bomb = await sharp({ create: { width: side, height: side, channels: 3, background: '#888' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await describeImage(bomb, 256)).toBeUndefined();
  });

  it('answers undefined for bytes that are not an image', async () => {
    expect(await describeImage(Buffer.from('not an image at all'), 256)).toBeUndefined();
  });
});
