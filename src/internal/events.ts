/** Detail of `cabildo-error`: a stable machine-readable code and a localised, human-readable message. */
export interface CabildoErrorDetail {
  code: string;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cabildo-error': CustomEvent<CabildoErrorDetail>;
  }
}
