// React wrappers for the five widgets, made with @lit/react. A separate entry (`@cabildo-lanzarote/widgets/react.js`):
// nobody who does not import it pays for it, and React and @lit/react stay the application's own (optional peers).
// Each wrapper registers its element, passes props as properties and maps the widget's events to `on…` callbacks.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { CabildoErrorDetail } from './internal/events.js';
import { WhatsappButton as WhatsappButtonElement, type WhatsappOpenDetail } from './whatsapp-button.js';
import { OpeningHours as OpeningHoursElement } from './opening-hours.js';
import {
  TramiteFinder as TramiteFinderElement,
  type TramiteFinderSearchDetail,
  type TramiteFinderSelectDetail,
} from './tramite-finder.js';
import { ContactCard as ContactCardElement } from './contact-card.js';
import {
  SatisfactionSurvey as SatisfactionSurveyElement,
  type SurveyQueuedDetail,
  type SurveySentDetail,
} from './satisfaction-survey.js';
import type { SurveyPayload } from './core/survey.js';

type Events = Record<string, EventName | string>;
const onError = { onCabildoError: 'cabildo-error' as EventName<CustomEvent<CabildoErrorDetail>> };

/** One wrapper: the element's properties as props, `onCabildoError` plus the element's own events as callbacks. */
const wrap = <I extends HTMLElement, E extends Events>(tagName: string, elementClass: new () => I, events: E) =>
  createComponent({ react: React, tagName, elementClass, events: { ...onError, ...events } });

export const WhatsappButton = wrap('cabildo-whatsapp-button', WhatsappButtonElement, {
  onOpen: 'cabildo-whatsapp-open' as EventName<CustomEvent<WhatsappOpenDetail>>,
});
export const OpeningHours = wrap('cabildo-opening-hours', OpeningHoursElement, {});
export const TramiteFinder = wrap('cabildo-tramite-finder', TramiteFinderElement, {
  onSearch: 'cabildo-tramite-finder-search' as EventName<CustomEvent<TramiteFinderSearchDetail>>,
  onSelect: 'cabildo-tramite-finder-select' as EventName<CustomEvent<TramiteFinderSelectDetail>>,
});
export const ContactCard = wrap('cabildo-contact-card', ContactCardElement, {});
export const SatisfactionSurvey = wrap('cabildo-satisfaction-survey', SatisfactionSurveyElement, {
  onSubmit: 'cabildo-satisfaction-survey-submit' as EventName<CustomEvent<SurveyPayload>>,
  onSent: 'cabildo-satisfaction-survey-sent' as EventName<CustomEvent<SurveySentDetail>>,
  onQueued: 'cabildo-satisfaction-survey-queued' as EventName<CustomEvent<SurveyQueuedDetail>>,
});

export { setLocale, getLocale } from './internal/localization.js';
