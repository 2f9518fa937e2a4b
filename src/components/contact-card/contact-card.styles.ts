import { css } from 'lit';
import { sharedStyles } from '../../internal/shared-styles.js';

export const contactCardStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      max-width: 40rem;
    }
    /* No frame of its own: the page's section is the box (a box in a box reads as clutter, and costs width). */
    .card {
      line-height: 1.5;
      /* A last resort only: e-mail and web addresses carry break opportunities between their parts. */
      overflow-wrap: anywhere;
    }
    .name {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
      font-weight: 700;
      line-height: 1.3;
      overflow-wrap: normal;
      hyphens: auto;
    }
    .compact .name {
      font-size: 1.125rem;
    }
    a {
      color: var(--_brand);
      text-decoration-thickness: 1px;
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 3px;
    }
    /* A link on its own line is a target: at least 24 × 24 px (WCAG 2.5.8). */
    a.map {
      display: inline-flex;
      align-items: center;
      min-height: max(24px, 1.5rem);
    }
    p {
      margin: 0;
    }
    .status {
      margin: 0 0 0.25rem;
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      font-weight: 700;
    }
    /* Colour and icon tell the state; normal weight, as a line of the card (the badge is the headline version). */
    .status {
      color: var(--_state);
      font-weight: 400;
    }
    .clock {
      margin-bottom: 0.75rem;
    }
    .warn {
      color: var(--_warn);
    }
    .hours,
    .closures {
      margin-top: 0.5rem;
    }
    .label {
      font-weight: 700;
    }
    .closures ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .channels {
      margin: 0;
      display: grid;
      gap: 0.75rem;
    }
    .channel {
      border-top: 1px solid var(--_line);
      padding-top: 0.75rem;
    }
    /* The label with its copy button on one line, the same for every channel; the value gets the full width below. */
    dt {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    dt .copied:empty {
      display: none;
    }
    dd {
      margin: 0;
    }
    .value {
      display: block;
      margin: 0;
      font-size: 1.125rem;
      font-style: normal;
    }
    .response-time {
      margin-top: 0.75rem;
    }
    .note {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    button {
      min-height: 2.25rem;
      min-width: 2.75rem;
      padding: 0.25rem 0.75rem;
      border-radius: var(--_radius);
      border: 2px solid var(--_brand);
      background: var(--_surface);
      color: var(--_brand);
      font-weight: 600;
      cursor: pointer;
    }
    button:hover {
      background: color-mix(in srgb, var(--_brand) 10%, var(--_surface));
    }
    .copy {
      font-size: 0.9375rem;
    }
    .copied {
      color: var(--_open);
      font-weight: 600;
    }
    .manual {
      margin-top: 0.5rem;
      display: grid;
      gap: 0.25rem;
    }
    .manual-text {
      width: 100%;
      min-height: 2.5rem;
      padding: 0.25rem 0.5rem;
      border: 2px solid var(--_ink);
      border-radius: 0.25rem;
      background: var(--_surface);
      color: var(--_ink);
    }
    .add-contact {
      margin-top: 1rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }
    .add {
      min-height: 2.75rem;
      background: var(--_brand);
      color: var(--_on-brand);
    }
    .add:hover {
      background: color-mix(in srgb, var(--_brand) 85%, var(--_ink));
    }
    .problems {
      margin: 1rem 0 0;
      padding: 0.5rem 0.75rem 0.5rem 1.75rem;
      border-left: 4px solid var(--_warn);
      color: var(--_warn);
    }
    .links {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25rem;
    }
    .links .label {
      font-weight: 700;
    }
    .links .label::after {
      content: ':';
    }
    .links a {
      display: inline-block;
      min-height: 1.5rem;
    }
    .links .copy {
      margin-left: 0.25rem;
      padding: 0 0.5rem;
      min-height: 1.5rem;
      font-size: 0.8125rem;
    }
    @media (forced-colors: active) {
      button,
      .manual-text {
        border-color: CanvasText;
      }
      a {
        color: LinkText;
      }
      button {
        color: ButtonText;
        background: ButtonFace;
        border-color: ButtonText;
      }
      .copied,
      .problems,
      .status,
      .warn {
        color: CanvasText;
      }
    }
  `,
];
