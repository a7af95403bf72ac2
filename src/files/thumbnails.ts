/**
 * Image facts and thumbnails (sharp / libvips). Only types libvips decodes well are tried; a
 * file that claims to be an image but does not decode is stored as a plain file.
 */
import sharp from 'sharp';

/** Content types whose uploads get dimensions and a thumbnail. */
export const THUMBNAIL_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/tiff',
]);

/** Largest image (in bytes) that is decoded for a thumbnail; larger ones are stored as they are. */
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/**
 * Largest image (in pixels) that is decoded: a few kilobytes of PNG can claim 16 384 × 16 384 and
 * decode to a gigabyte. 50 megapixels covers phone and camera photos; larger ones are stored
 * without a thumbnail.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

export const THUMBNAIL_MIME = 'image/webp';

export interface ImageFacts {
  /** Dimensions as displayed (EXIF orientation applied). */
  readonly width: number;
  readonly height: number;
  /** WebP, longest side at most `maxSide` (never enlarged). */
  readonly thumbnail: Buffer;
}

/** Dimensions and a thumbnail of an encoded image, or undefined when it does not decode. */
export async function describeImage(bytes: Buffer, maxSide: number): Promise<ImageFacts | undefined> {
  try {
    const opts = { limitInputPixels: MAX_IMAGE_PIXELS, sequentialRead: true };
    // The header only: dimensions are known before anything is decoded.
    const meta = await sharp(bytes, opts).metadata();
    if (!meta.width || !meta.height || meta.width * meta.height > MAX_IMAGE_PIXELS) return undefined;
    const turned = (meta.orientation ?? 1) >= 5;
    const thumbnail = await sharp(bytes, opts)
      .rotate()
      .resize(maxSide, maxSide, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return {
      width: turned ? meta.height : meta.width,
      height: turned ? meta.width : meta.height,
      thumbnail,
    };
  } catch {
    return undefined;
  }
}
