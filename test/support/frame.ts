import { oneEvent } from '@open-wc/testing';
import { until } from './until.js';

/**
 * A page of its own, `width`×`height` CSS px, in an iframe: every engine gives it that viewport (WebKitGTK's
 * MiniBrowser window cannot be made narrower than its toolbar, and not every driver can emulate a viewport).
 * Resolves once the page has loaded at its size and what its media queries answer at that size has been reported
 * (media query 'change' events come before the next frame's animation callbacks). Remove the frame after the test.
 */
export async function framePage(width: number, height: number, html: string): Promise<{ frame: HTMLIFrameElement; view: Window; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; width: ${width}px; height: ${height}px; border: 0`;
  frame.srcdoc = html;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  // Laid out now, so that its page starts at its size: an iframe not yet laid out is 300×150, and on a busy machine
  // its page could run first (a floating WhatsApp button rendered round for a narrow screen, then a pill).
  frame.getBoundingClientRect();
  await loaded;
  const view = frame.contentWindow!;
  await until(() => view.innerWidth === width && view.innerHeight === height, `a ${width}×${height} page`);
  await new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));
  return { frame, view, doc: frame.contentDocument! };
}
