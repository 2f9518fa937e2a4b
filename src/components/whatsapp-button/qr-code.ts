import { qrPath } from '../../core/qr-path.js';

/** A QR code ready to draw: its side in modules (quiet zone included) and its dark modules as an SVG path. */
export interface QrCode {
  size: number;
  path: string;
}

type Encoder = typeof import('uqr');

/** Where the encoder comes from, and its download once started; a test replaces `load` to see a failure handled. */
export const qrEncoderSource: { load: () => Promise<Encoder>; pending?: Promise<Encoder> } = { load: () => import('uqr') };

/**
 * Encodes `text` as a QR code. The encoder (uqr, ~4 KB gzipped) is loaded on first use only, so a page whose visitors
 * never open the QR dialog never downloads it. A failed load is retried on the next call.
 */
export async function encodeQr(text: string): Promise<QrCode> {
  qrEncoderSource.pending ??= qrEncoderSource.load();
  let module: Encoder;
  try {
    module = await qrEncoderSource.pending;
  } catch (error) {
    qrEncoderSource.pending = undefined;
    throw error;
  }
  // Level M survives a scratched or glared screen; a border of 4 modules is the quiet zone scanners expect.
  const { data, size } = module.encode(text, { ecc: 'M', border: 4 });
  return { size, path: qrPath(data) };
}
