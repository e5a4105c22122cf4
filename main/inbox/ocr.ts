// Text of a scanned letter (an image) by OCR: tesseract.js with the Hebrew model of
// @tesseract.js-data/heb, both read from node_modules, never fetched (tesseract.js fetches a model
// only when langPath is a URL, or absent: then from a CDN). tesseract.js runs its WebAssembly engine on
// a worker thread of its own, started from the thread that calls it: the inbox's reading worker, whose
// end (its time limit, or the app closing) ends it too.
import { createRequire } from 'node:module';
import { createWorker, OEM } from 'tesseract.js';
import { imageSize } from './image-size';

interface LanguageData {
  code: string;
  gzip: boolean;
  /** The folder of the model file, inside the package. */
  langPath: string;
}

/** The Hebrew model's package says where its file is; the lookup is at run time, not bundled. */
export function hebrewModel(): LanguageData {
  return createRequire(import.meta.url)('@tesseract.js-data/heb') as LanguageData;
}

/**
 * A page scanned at 300 dpi is about 9 megapixels; far beyond that the engine's memory (WebAssembly,
 * outside the worker's heap cap) grows with the pixels, so a larger image is refused before it is read.
 */
export const MAX_OCR_PIXELS = 40_000_000;

export class ImageTooLargeError extends Error {}

/** A scanned page's pixels as a PDF holds them: grey, RGB or RGBA, row after row. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

/** An image file (PNG or JPEG) read by OCR. */
export async function ocrText(bytes: Uint8Array): Promise<string> {
  const { width, height } = imageSize(bytes);
  return recognize(bytes, width, height);
}

/**
 * A PDF's scanned page read by OCR: its pixels handed to the engine as a PNM image (a header and the
 * samples, which Leptonica, the engine's image reader, takes as it is) — no image encoder needed.
 */
export async function ocrPixels({ data, width, height, channels }: Pixels): Promise<string> {
  const grey = channels === 1;
  const header = new TextEncoder().encode(`${grey ? 'P5' : 'P6'}\n${width} ${height}\n255\n`);
  const samples = grey ? data : channels === 3 ? data : rgbOf(data);
  const pnm = new Uint8Array(header.length + samples.length);
  pnm.set(header);
  pnm.set(samples, header.length);
  return recognize(pnm, width, height);
}

function rgbOf(rgba: Uint8ClampedArray): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) rgb.set(rgba.subarray(i, i + 3), j);
  return rgb;
}

async function recognize(bytes: Uint8Array, width: number, height: number): Promise<string> {
  if (width * height > MAX_OCR_PIXELS) throw new ImageTooLargeError(`${width}×${height} pixels`);
  const model = hebrewModel();
  const worker = await createWorker(model.code, OEM.LSTM_ONLY, {
    langPath: model.langPath,
    gzip: model.gzip,
    // Nothing written beside the app (tesseract.js would cache the model in the working folder).
    cacheMethod: 'none',
  });
  try {
    const { data } = await worker.recognize(Buffer.from(bytes));
    return data.text;
  } finally {
    await worker.terminate();
  }
}
