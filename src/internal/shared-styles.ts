import { css } from 'lit';

/**
 * The look every element shares. Public theming hooks (all optional, with fallbacks):
 *   --cabildo-brand        brand colour (links, buttons, focus ring accents)   default #00546b
 *   --cabildo-brand-contrast  text on the brand colour                         default #ffffff
 *   --cabildo-font         font family                                         default inherit
 *   --cabildo-radius       corner radius                                       default 0.5rem
 *   --cabildo-focus        focus ring colour                                   default #ffbf47 (GOV.UK yellow)
 *   --cabildo-brand-dark   brand colour when the page is in dark mode          default #5fc3dc
 * Dark colours apply only when the page declares `color-scheme: light dark` (or dark) and the visitor prefers dark.
 * Private custom properties start with --_.
 */
export const sharedStyles = css`
  :host {
    /* Light values first for browsers without light-dark(); then values that follow the page's color-scheme:
       a page that declares color-scheme: light dark gets dark widgets in dark mode, any other page stays light. */
    --_brand: var(--cabildo-brand, #00546b);
    --_on-brand: var(--cabildo-brand-contrast, #ffffff);
    --_radius: var(--cabildo-radius, 0.5rem);
    --_focus: var(--cabildo-focus, #ffbf47);
    --_ink: #1b2328;
    --_muted: #4a5960;
    --_surface: #ffffff;
    --_line: #8a8f8c;
    --_open: #0b6b3a;
    --_closed: #a3261b;
    --_warn: #8a4b00;
    --_brand: light-dark(var(--cabildo-brand, #00546b), var(--cabildo-brand-dark, #5fc3dc));
    --_on-brand: light-dark(var(--cabildo-brand-contrast, #ffffff), #0b1a1f);
    --_ink: light-dark(#1b2328, #eef2f3);
    --_muted: light-dark(#4a5960, #b8c4c8);
    --_surface: light-dark(#ffffff, #1d2629);
    --_line: light-dark(#8a8f8c, #7d8b90);
    --_open: light-dark(#0b6b3a, #6fd39c);
    --_closed: light-dark(#a3261b, #ff9a8f);
    --_warn: light-dark(#8a4b00, #ffc266);
    font-family: var(--cabildo-font, inherit);
    color: var(--_ink);
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a,
  button,
  input,
  select,
  textarea,
  summary {
    font: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_ink);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  /* The office's state, drawn the same in every widget: the state class (open, closing-soon, closed) sits on an
     ancestor. The shape tells the state too (never colour alone): full disc open, half disc closing soon, ring closed. */
  .open {
    --_state: var(--_open);
  }
  .closing-soon {
    --_state: var(--_warn);
  }
  .closed {
    --_state: var(--_closed);
  }
  .status-icon {
    flex: none;
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    border: 2px solid var(--_state, currentColor);
    align-self: center;
  }
  .open .status-icon {
    background: var(--_state);
  }
  .closing-soon .status-icon {
    background: linear-gradient(90deg, var(--_state) 50%, transparent 50%);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
    .status-icon {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    .open .status-icon {
      background: CanvasText;
    }
    .closing-soon .status-icon {
      background: linear-gradient(90deg, CanvasText 50%, Canvas 50%);
    }
  }
`;
