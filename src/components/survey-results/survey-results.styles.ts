import { css } from 'lit';
import { sharedStyles } from '../../internal/shared-styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
      line-height: 1.5;
      container-type: inline-size;
      --_good: light-dark(#0b6b3a, #6fd39c);
      --_bad: light-dark(#a3261b, #ff9a8f);
      --_neutral: var(--_brand);
      --_track: light-dark(#e6ebed, #33403f);
    }
    .results {
      display: grid;
      gap: 1.5rem;
    }
    .heading {
      font-weight: 700;
      font-size: 1.2em;
      margin: 0 0 0.5rem;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0.75rem 1rem;
      padding: 1rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }
    .field {
      display: grid;
      gap: 0.25rem;
      min-width: 0;
    }
    label {
      font-weight: 700;
    }
    input,
    select {
      min-height: 2.75rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid var(--_line);
      border-radius: calc(var(--_radius) / 2);
      background: var(--_surface);
      color: var(--_ink);
      max-width: 100%;
    }
    .button {
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.5rem 1rem;
      border: 2px solid var(--_brand);
      border-radius: var(--_radius);
      background: var(--_brand);
      color: var(--_on-brand);
      font-weight: 700;
      cursor: pointer;
    }
    .button.secondary {
      background: transparent;
      color: var(--_brand);
    }
    .button:disabled {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .problem,
    .message {
      margin: 0;
      flex-basis: 100%;
      font-weight: 700;
    }
    .problem {
      color: var(--_closed);
    }
    .body {
      display: grid;
      gap: 2rem;
    }
    .stale {
      opacity: 0.6;
    }
    .table-wrap {
      overflow-x: auto;
      /* Holds its hidden captions and labels: absolutely placed, they would widen the page otherwise. */
      position: relative;
    }
    :host {
      position: relative;
    }
    /* Grid items may shrink below their content: wide tables scroll in their own box, not the page. */
    .results > *,
    .body > *,
    .grid > * {
      min-width: 0;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(9.5rem, 100%), 1fr));
      gap: 0.75rem;
      margin: 0;
    }
    .figure {
      padding: 0.75rem 1rem;
      border: 1px solid var(--_line);
      border-inline-start: 6px solid var(--_brand);
      border-radius: var(--_radius);
    }
    .figure dt {
      color: var(--_muted);
      font-size: 0.95em;
    }
    .figure dd {
      margin: 0;
      font-size: 2em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      line-height: 1.2;
    }
    .figure small {
      font-size: 0.5em;
      font-weight: 400;
      color: var(--_muted);
    }
    .grid {
      display: grid;
      gap: 1.5rem;
    }
    @container (min-width: 56rem) {
      .grid {
        grid-template-columns: 1fr 1.4fr;
      }
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: 0.35rem 0.5rem;
      border-bottom: 1px solid var(--_line);
      text-align: start;
      vertical-align: middle;
    }
    thead th {
      font-size: 0.9em;
      color: var(--_muted);
    }
    .num {
      text-align: end;
      white-space: nowrap;
    }
    .chart {
      width: 25%;
      min-width: 3rem;
    }
    @container (max-width: 30rem) {
      th,
      td {
        padding-inline: 0.25rem;
      }
      .chart {
        width: 15%;
        min-width: 2.5rem;
      }
      .figure dd {
        font-size: 1.6em;
      }
    }
    .rating-cell {
      display: flex;
      gap: 0.25rem;
    }
    .rating {
      flex: none;
      min-width: 1.25em;
      font-weight: 700;
    }
    .bar {
      display: block;
      width: 100%;
      height: 0.9rem;
    }
    .bar .track {
      fill: var(--_track);
    }
    .bar .fill {
      fill: var(--_neutral);
    }
    .bar.good .fill {
      fill: var(--_good);
    }
    .bar.bad .fill {
      fill: var(--_bad);
    }
    .note {
      margin: 0.5rem 0 0;
      color: var(--_muted);
    }
    .trend {
      margin: 0.75rem 0 0;
    }
    .export {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
    }
    .export .note {
      margin: 0;
    }
    .scroll {
      overflow-x: auto;
    }
    .trend svg {
      display: block;
      width: 100%;
      height: auto;
      max-height: 20rem;
      color: var(--_ink);
    }
    .trend .column {
      fill: var(--_brand);
    }
    .trend .axis {
      stroke: var(--_line);
      stroke-width: 1;
    }
    .trend text {
      fill: currentColor;
      font-size: 9px;
    }
    .trend figcaption {
      margin-top: 0.25rem;
    }
    details {
      margin-top: 0.75rem;
    }
    summary {
      cursor: pointer;
      min-height: 1.5rem;
      font-weight: 700;
      color: var(--_brand);
    }
    .search {
      margin-top: 0.75rem;
    }
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.25rem;
    }
    .search-row input {
      flex: 1 1 12rem;
    }
    .status {
      margin: 0.75rem 0 0.5rem;
      font-weight: 700;
    }
    .comment-list {
      margin: 0;
      padding-inline-start: 1.5rem;
      display: grid;
      gap: 0.75rem;
    }
    .comment-text {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .comment-meta {
      margin: 0.15rem 0 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .pager {
      display: flex;
      gap: 0.75rem;
      margin-top: 0.75rem;
    }
    @media (forced-colors: active) {
      .bar .track {
        fill: Canvas;
        stroke: CanvasText;
        stroke-width: 0.5;
      }
      .bar .fill,
      .bar.good .fill,
      .bar.bad .fill,
      .trend .column {
        fill: CanvasText;
      }
      .trend text {
        fill: CanvasText;
      }
      .trend .axis {
        stroke: CanvasText;
      }
      .figure {
        border-inline-start-color: CanvasText;
      }
      .button {
        border-color: ButtonText;
      }
    }
    @media print {
      .filters,
      .export,
      .search,
      .pager,
      summary,
      .message button {
        display: none;
      }
      .figure,
      table,
      figure {
        break-inside: avoid;
      }
      .scroll {
        overflow: visible;
      }
      .bar .fill,
      .trend .column {
        print-color-adjust: exact;
      }
    }
  `,
];
