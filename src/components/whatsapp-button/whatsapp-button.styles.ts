import { css } from 'lit';

export const whatsappButtonStyles = css`
  :host {
    /* WhatsApp's green, darkened to keep white text at 4.5:1 and more; light green with dark text in dark mode. */
    --_wa: var(--cabildo-whatsapp-color, #0b6b3a);
    --_on-wa: var(--cabildo-whatsapp-color-contrast, #ffffff);
    --_wa: light-dark(var(--cabildo-whatsapp-color, #0b6b3a), var(--cabildo-whatsapp-color-dark, #3ddc84));
    --_on-wa: light-dark(var(--cabildo-whatsapp-color-contrast, #ffffff), #06210f);
    display: block;
    line-height: 1.35;
  }

  /* Floating (default): fixed to a corner, clear of the notch and the home indicator, below cookie banners. */
  :host(:not([variant='inline'])) {
    position: fixed;
    z-index: var(--cabildo-whatsapp-z-index, 900);
    bottom: calc(var(--cabildo-whatsapp-offset-bottom, 1rem) + env(safe-area-inset-bottom, 0px));
    right: calc(var(--cabildo-whatsapp-offset-side, 1rem) + env(safe-area-inset-right, 0px));
    max-width: calc(100vw - 2 * var(--cabildo-whatsapp-offset-side, 1rem));
    width: max-content;
  }
  :host(:not([variant='inline'])[position='left']) {
    right: auto;
    left: calc(var(--cabildo-whatsapp-offset-side, 1rem) + env(safe-area-inset-left, 0px));
  }

  .widget {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.5rem;
    /* Above the banner named by the above attribute (a cookie banner), while it shows. */
    translate: 0 calc(-1 * var(--_lift, 0px));
    transition:
      opacity 0.2s ease,
      transform 0.2s ease,
      translate 0.2s ease;
  }
  /* The round launcher: the panel it opens sits above it (after it in the tab order). */
  .widget.compact {
    flex-direction: column-reverse;
  }
  .launcher.round {
    position: relative;
    justify-content: center;
    width: 3.5rem;
    height: 3.5rem;
    padding: 0;
    border-radius: 50%;
    cursor: pointer;
    font: inherit;
  }
  .launcher.round .icon {
    width: 2.75rem;
    height: 2.75rem;
    background: none;
    color: var(--_on-wa);
  }
  .launcher.round .icon svg {
    width: 2rem;
    height: 2rem;
  }
  /* Who answers now, at a glance: a filled dot while people answer, a ring otherwise (the words are in the name and
     the panel); white-edged so it reads on any page. */
  .dot {
    position: absolute;
    top: 0.125rem;
    right: 0.125rem;
    width: 0.875rem;
    height: 0.875rem;
    border: 2px solid #fff;
    border-radius: 50%;
  }
  .dot.staffed {
    background: #3ddc84;
  }
  .dot.assistant {
    background: #ffbf47;
  }
  .dot.unstaffed {
    background: #fff;
    box-shadow: inset 0 0 0 3px #8a8f8c;
  }
  .dot.none {
    display: none;
  }
  .panel {
    display: grid;
    gap: 0.5rem;
    width: min(20rem, calc(100vw - 2 * var(--cabildo-whatsapp-offset-side, 1rem)));
    max-width: none;
    max-height: calc(100vh - 6rem);
    overflow: auto;
    padding-right: 3rem;
  }
  .panel .greeting {
    font-weight: 700;
  }
  .panel .status {
    font-size: 0.9375rem;
  }
  .chat {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
    padding: 0.25rem 1rem 0.25rem 0.25rem;
    border: 2px solid transparent;
    border-radius: 999px;
    background: var(--_wa);
    color: var(--_on-wa);
    font-weight: 700;
    text-decoration: none;
  }
  .chat .icon {
    width: 2.25rem;
    height: 2.25rem;
  }
  .chat .icon svg {
    width: 1.5rem;
    height: 1.5rem;
  }
  /* In the panel the QR button carries its label: room around the words, which wrap inside the border. */
  :host(:not([variant='inline'])) .panel .qr-button {
    justify-self: start;
    padding: 0.25rem 1rem 0.25rem 0.75rem;
    text-align: start;
  }
  :host([position='left']) .widget,
  :host([variant='inline']) .widget {
    align-items: flex-start;
  }
  .widget.away {
    opacity: 0;
    transform: translateY(1rem);
    pointer-events: none;
  }

  .row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  :host(:not([variant='inline'])[position='left']) .row {
    flex-direction: row-reverse;
  }
  /* In the page flow the QR button goes under the link when both do not fit (320 px screens). */
  :host([variant='inline']) .row {
    flex-wrap: wrap;
  }

  .launcher {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.375rem 1.25rem 0.375rem 0.375rem;
    border: 2px solid transparent;
    /* A pill on one line; rounded corners, not a circle, when the status takes several. */
    border-radius: 1.75rem;
    background: var(--_wa);
    color: var(--_on-wa);
    text-decoration: none;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  /* The pill keeps to a column of text, so that it stays a small share of the screen. */
  :host(:not([variant='inline'])) .launcher:not(.round) {
    max-width: 28rem;
  }
  .launcher:hover .title {
    text-decoration: underline;
  }
  :host([variant='inline']) .launcher {
    border-radius: var(--_radius);
    box-shadow: none;
    padding-right: 1rem;
  }
  .icon {
    flex: none;
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    border-radius: 50%;
    background: var(--_on-wa);
    color: var(--_wa);
  }
  .icon svg {
    width: 1.75rem;
    height: 1.75rem;
  }
  .text {
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow-wrap: break-word;
  }
  .title {
    font-weight: 700;
  }
  .short {
    display: none;
  }
  /* On a phone the floating button keeps to a short title so that it covers little of the page. */
  @media (max-width: 30rem) {
    :host(:not([variant='inline'])) .long {
      display: none;
    }
    :host(:not([variant='inline'])) .short {
      display: inline;
    }
    :host(:not([variant='inline'])) .launcher {
      max-width: 17.5rem;
      padding-right: 0.875rem;
    }
    :host(:not([variant='inline'])) .status {
      font-size: 0.8125rem;
    }
  }
  .status {
    display: flex;
    flex-direction: column;
    font-size: 0.875rem;
  }
  .zone {
    white-space: nowrap;
  }
  .external {
    font-size: 0.75rem;
  }
  /* The floating button's link to the privacy page, above it: a small chip that keeps a 24 px target. */
  .privacy {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_brand);
    font-size: 0.8125rem;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }

  .qr-button,
  .close {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-width: 44px;
    min-height: 44px;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_brand);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_brand);
    cursor: pointer;
  }
  :host(:not([variant='inline'])) .qr-button {
    padding: 0;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .qr-button svg,
  .close svg {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
  }

  .bubble {
    position: relative;
    max-width: 18rem;
    padding: 0.75rem 3rem 0.75rem 1rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.2);
    animation: bubble-in 0.3s ease-out;
  }
  .bubble p {
    margin: 0;
  }
  .bubble .close {
    position: absolute;
    top: 0;
    right: 0;
    border: none;
    background: none;
    color: var(--_muted);
  }
  @keyframes bubble-in {
    from {
      opacity: 0;
      transform: translateY(0.5rem);
    }
  }

  .notice {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .notice a,
  dialog a {
    color: var(--_brand);
  }
  :host([variant='inline']) .notice {
    max-width: 36rem;
  }
  .bubble .notice {
    margin-top: 0.5rem;
  }

  .unavailable {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_closed);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
    max-width: 20rem;
  }

  dialog {
    width: min(24rem, calc(100vw - 2rem));
    padding: 1.25rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_ink);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  dialog h2 {
    margin: 0.5rem 0 0;
    font-size: 1.25rem;
  }
  dialog .close {
    flex: none;
    padding: 0;
    border-color: var(--_line);
    color: var(--_ink);
  }
  .qr {
    display: grid;
    place-items: center;
    min-height: 12rem;
    margin: 1rem 0;
  }
  .qr svg {
    width: 12rem;
    height: 12rem;
    /* A QR code must stay dark on light to scan, whatever the colour scheme or forced colours. */
    forced-color-adjust: none;
    color-scheme: light;
  }
  .open-here {
    display: inline-block;
    min-height: 24px;
    margin-bottom: 0.75rem;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      border-color: Canvas;
      background: CanvasText;
    }
    .dot.unstaffed {
      background: Canvas;
      box-shadow: inset 0 0 0 3px CanvasText;
    }
    .chat {
      border-color: LinkText;
      color: LinkText;
    }
    .launcher {
      border-color: LinkText;
      color: LinkText;
    }
    .icon {
      border: 1px solid currentColor;
    }
    .qr-button,
    .close {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
