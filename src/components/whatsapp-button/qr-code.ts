import { qrPath } from '../../core/qr-path.js';

/** A QR code ready to draw: its side in modules (quiet zone included) and its dark modules as an SVG path. */
export interface QrCode {
  size: number;
  path: string;
}

let encoder: Promise<typeof import('uqr')> | undefined;

/**
 * Encodes `text` as a QR code. The encoder (uqr, ~4 KB gzipped) is loaded on first use only, so a page whose visitors
 * never open the QR dialog never downloads it. A failed load is retried on the next call.
 */
export async function encodeQr(text: string): Promise<QrCode> {
  encoder ??= import('uqr');
  let module: typeof import('uqr');
  try {
    module = await encoder;
  } catch (error) {
    encoder = undefined;
    throw error;
  }
  // Level M survives a scratched or glared screen; a border of 4 modules is the quiet zone scanners expect.
  const { data, size } = module.encode(text, { ecc: 'M', border: 4 });
  return { size, path: qrPath(data) };
}
