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
    const meta = await sharp(bytes).metadata();
    if (!meta.width || !meta.height) return undefined;
    const turned = (meta.orientation ?? 1) >= 5;
    const thumbnail = await sharp(bytes)
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
