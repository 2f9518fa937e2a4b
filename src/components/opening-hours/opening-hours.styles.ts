import { css } from 'lit';
import { sharedStyles } from '../../internal/shared-styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
      line-height: 1.4;
    }
    p {
      margin: 0;
    }
    .badge {
      display: inline-flex;
      align-items: baseline;
      gap: 0.5em;
      padding: 0.25em 0.75em;
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      background: var(--_surface);
      max-width: 100%;
    }
    .badge {
      color: var(--_state);
    }
    .text {
      font-weight: 700;
    }
    .zone,
    .note {
      color: var(--_muted);
      font-size: 0.875em;
    }
    table {
      border-collapse: collapse;
      margin-block: 0.75em;
      width: 100%;
      max-width: 28em;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.25em;
    }
    th,
    td {
      text-align: start;
      padding: 0.25em 0.5em;
      border-bottom: 1px solid var(--_line);
      vertical-align: top;
    }
    th {
      font-weight: 400;
    }
    td {
      overflow-wrap: break-word;
    }
    th::first-letter {
      text-transform: uppercase;
    }
    tr.today th,
    tr.today td {
      font-weight: 700;
      background: color-mix(in srgb, var(--_brand) 10%, var(--_surface));
    }
    .subhead {
      margin: 0.75em 0 0;
      font-size: 1em;
      font-weight: 700;
    }
    ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
    }
    li::first-letter {
      text-transform: uppercase;
    }
    .fallback {
      border: 2px solid var(--_line);
      border-radius: var(--_radius);
      padding: 0.5em 0.75em;
    }
    a {
      color: var(--_brand);
      display: inline-block;
      min-height: 24px;
    }
    @media (forced-colors: active) {
      .badge,
      .fallback {
        border-color: CanvasText;
      }
      tr.today th,
      tr.today td {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
