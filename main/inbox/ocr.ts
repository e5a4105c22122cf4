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

export async function ocrText(bytes: Uint8Array): Promise<string> {
  const { width, height } = imageSize(bytes);
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
