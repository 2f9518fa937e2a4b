import { css } from 'lit';
import { sharedStyles } from '../../internal/shared-styles.js';

export const styles = [
  sharedStyles,
  css`
    /* The survey fills its container (the five faces spread across a wide page); running text keeps a reading measure. */
    :host {
      display: block;
      line-height: 1.5;
      container-type: inline-size;
    }
    form {
      display: grid;
      gap: 1.25rem;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend,
    .comment-label {
      display: block;
      padding: 0;
      margin: 0 0 0.5rem;
      font-weight: 700;
      font-size: 1.05em;
    }
    .question.invalid {
      border-inline-start: 4px solid var(--_closed);
      padding-inline-start: 0.75rem;
    }
    .error {
      margin: 0 0 0.5rem;
      color: var(--_closed);
      font-weight: 700;
    }
    .choices {
      display: grid;
      gap: 0.5rem;
    }
    .choices.scale {
      grid-template-columns: 1fr;
    }
    .choices.row {
      grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    }
    .choices.grid {
      grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    }
    .choice {
      overflow-wrap: anywhere;
      display: flex;
      align-items: center;
      gap: 0.6rem;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    .choice:has(:checked) {
      border-color: var(--_brand);
      box-shadow: inset 0 0 0 2px var(--_brand);
    }
    .choice:has(:disabled) {
      cursor: default;
      opacity: 0.75;
    }
    input[type='radio'] {
      flex: none;
      width: 1.35rem;
      height: 1.35rem;
      margin: 0;
      accent-color: var(--_brand);
      cursor: inherit;
    }
    .rating {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .face {
      flex: none;
      width: 2.5rem;
      height: 2.5rem;
      color: var(--_muted);
    }
    .face-1,
    .face-2 {
      color: var(--_closed);
    }
    .face-4,
    .face-5 {
      color: var(--_open);
    }
    .rating-text {
      display: flex;
      flex-wrap: wrap;
      column-gap: 0.4rem;
      line-height: 1.25;
    }
    .rating-number::after {
      content: ' ·';
    }
    /* Wide enough for five columns: the scale reads left to right, faces on top. */
    @container (min-width: 40rem) {
      .choices.scale {
        grid-template-columns: repeat(5, minmax(0, 1fr));
      }
      .scale .choice {
        flex-direction: column;
        justify-content: flex-start;
        text-align: center;
        padding: 0.75rem 0.4rem;
      }
      .scale .rating {
        flex-direction: column;
      }
      .scale .rating-text {
        flex-direction: column;
        align-items: center;
      }
      .rating-number::after {
        content: none;
      }
    }
    .rating-number {
      font-weight: 700;
    }
    .warning,
    .privacy {
      max-width: 70ch;
    }
    .warning {
      margin: 0 0 0.5rem;
      padding: 0.5rem 0.75rem;
      border-inline-start: 4px solid var(--_warn);
      color: var(--_ink);
    }
    textarea {
      display: block;
      width: 100%;
      min-height: 6rem;
      padding: 0.5rem;
      border: 2px solid var(--_ink);
      border-radius: 0;
      color: var(--_ink);
      background: var(--_surface);
      resize: vertical;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_closed);
    }
    .count {
      margin: 0.25rem 0 0;
      color: var(--_muted);
    }
    .count.over {
      color: var(--_closed);
      font-weight: 700;
    }
    .privacy,
    .notice {
      margin: 0;
      color: var(--_muted);
      font-size: 0.95em;
    }
    .notice {
      color: var(--_warn);
    }
    a {
      color: var(--_brand);
      text-underline-offset: 0.15em;
    }
    .submit {
      justify-self: start;
      min-height: 2.75rem;
      padding: 0.6rem 1.25rem;
      border: 2px solid transparent;
      border-radius: var(--_radius);
      background: var(--_brand);
      color: var(--_on-brand);
      font-weight: 700;
      cursor: pointer;
    }
    .submit:disabled {
      cursor: progress;
      opacity: 0.7;
    }
    .trap {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .thanks.shown,
    .answered {
      margin: 0;
      padding: 1rem 1.25rem;
      border-inline-start: 6px solid var(--_open);
      background: var(--_surface);
    }
    .thanks p {
      margin: 0;
    }
    .thanks .thanks-title {
      font-weight: 700;
      font-size: 1.15em;
    }
    .thanks + * {
      margin-top: 0;
    }
    @media (forced-colors: active) {
      .choice:has(:checked) {
        outline: 3px solid Highlight;
      }
      .submit {
        border-color: ButtonText;
      }
    }
  `,
];
