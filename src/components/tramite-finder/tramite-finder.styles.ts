import { css } from 'lit';
import { sharedStyles } from '../../internal/shared-styles.js';

export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      line-height: 1.5;
    }
    /* The finder fills its container (a wide page gets wide filters and results); running text keeps a reading measure. */
    .finder {
      display: grid;
      gap: 0.75rem;
    }
    /* While the catalogue loads (a src catalogue, or the built-in one fetched on demand), the finder keeps the space it
       had before it was defined: the heights of RESERVE_SPACE_CSS (internal/reserve-space.ts), so that nothing below it
       moves. test/tramite-finder.loading.test.ts checks the two agree. */
    .finder.loading {
      min-height: 90.8rem;
      align-content: start;
    }
    @media (max-width: 47.99rem) {
      .finder.loading {
        min-height: 112.3rem;
      }
    }
    @media (max-width: 23.5rem) {
      .finder.loading {
        min-height: 120.1rem;
      }
    }
    p,
    li {
      max-width: 70ch;
    }
    .output {
      display: grid;
      gap: 0.75rem;
    }
    .search {
      display: grid;
      gap: 0.375rem;
    }
    .label {
      font-weight: 700;
      font-size: 1.125rem;
    }
    .hint {
      margin: 0;
      color: var(--_muted);
    }
    input[type='search'] {
      width: 100%;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--_ink);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_ink);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    .filters label {
      display: grid;
      gap: 0.125rem;
      flex: 1 1 12rem;
      font-size: 0.9375rem;
    }
    select {
      min-height: 2.5rem;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_ink);
    }
    .count,
    .loading {
      margin: 0;
      font-weight: 700;
    }
    /* Where a built-in procedure's steps and documents will be while they are fetched (usually a few tens of ms). */
    .details-loading {
      margin: 0;
      min-height: 16rem;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      border-top: 1px solid var(--_line);
    }
    .result {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--_line);
    }
    .result-title {
      margin: 0;
      font-size: 1.125rem;
    }
    .result-link,
    .back,
    .more {
      min-height: 1.5rem;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_brand);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      text-align: start;
      cursor: pointer;
      font-weight: inherit;
    }
    .result-link:hover,
    .back:hover,
    .more:hover {
      text-decoration-thickness: 3px;
    }
    .result-summary {
      margin: 0.25rem 0;
    }
    .result-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      margin: 0;
    }
    .tag {
      padding: 0 0.5rem;
      border: 1px solid var(--_line);
      border-radius: 999px;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    mark {
      background: light-dark(#fff2a8, #5c4d00);
      /* Ink, not the link colour around it: the light-blue links of the dark scheme fail on the dark highlight. */
      color: var(--_ink);
      font-weight: 700;
      border-radius: 2px;
    }
    .none,
    .error {
      padding: 1rem;
      border-left: 5px solid var(--_brand);
      background: light-dark(#f3f7f8, #263236);
    }
    .error {
      border-left-color: var(--_closed);
    }
    .none h3,
    .error h3 {
      margin-top: 0;
    }
    .contacts {
      padding-left: 1.25rem;
    }
    .contacts li {
      margin: 0.375rem 0;
    }
    a {
      color: var(--_brand);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 3px;
    }
    .detail h3 {
      margin: 0.25rem 0 0.5rem;
      font-size: 1.5rem;
    }
    .detail h4 {
      margin: 1.25rem 0 0.25rem;
      font-size: 1.0625rem;
    }
    .detail-category {
      margin: 0.75rem 0 0;
      color: var(--_muted);
    }
    .detail-summary {
      font-size: 1.125rem;
    }
    .notice {
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--_warn);
      font-weight: 700;
    }
    .channels {
      margin: 0;
    }
    .channels div {
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--_line);
    }
    .channels dt {
      font-weight: 700;
    }
    .channels dd {
      margin: 0;
    }
    .start {
      display: inline-flex;
      align-items: center;
      gap: 0.625rem;
      min-height: 2.75rem;
      margin-top: 1.25rem;
      padding: 0.5rem 1rem;
      border-radius: var(--_radius);
      background: var(--_brand);
      color: var(--_on-brand);
      font-weight: 700;
      font-size: 1.125rem;
      text-decoration: none;
      box-shadow: 0 2px 0 var(--_ink);
    }
    .start:hover {
      filter: brightness(0.9);
    }
    .elsewhere {
      margin: 0.25rem 0;
      padding-inline-start: 0.5rem;
      border-inline-start: 4px solid var(--_brand);
    }
    .referral-link {
      margin: 0.25rem 0 0;
    }
    .referral-link a {
      display: inline-block;
      min-height: 1.5rem;
      color: var(--_brand);
      font-weight: 700;
    }
    #detail-title:focus {
      outline: none;
    }
    #detail-title:focus-visible {
      outline: 3px solid var(--_focus);
    }
    @media (forced-colors: active) {
      .start {
        border: 2px solid ButtonText;
      }
      mark {
        background: Mark;
        color: MarkText;
      }
    }
  `,
];
