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

const onError = { onCabildoError: 'cabildo-error' as EventName<CustomEvent<CabildoErrorDetail>> };

export const WhatsappButton = createComponent({
  react: React,
  tagName: 'cabildo-whatsapp-button',
  elementClass: WhatsappButtonElement,
  events: { ...onError, onOpen: 'cabildo-whatsapp-open' as EventName<CustomEvent<WhatsappOpenDetail>> },
});

export const OpeningHours = createComponent({
  react: React,
  tagName: 'cabildo-opening-hours',
  elementClass: OpeningHoursElement,
  events: onError,
});

export const TramiteFinder = createComponent({
  react: React,
  tagName: 'cabildo-tramite-finder',
  elementClass: TramiteFinderElement,
  events: {
    ...onError,
    onSearch: 'cabildo-tramite-finder-search' as EventName<CustomEvent<TramiteFinderSearchDetail>>,
    onSelect: 'cabildo-tramite-finder-select' as EventName<CustomEvent<TramiteFinderSelectDetail>>,
  },
});

export const ContactCard = createComponent({
  react: React,
  tagName: 'cabildo-contact-card',
  elementClass: ContactCardElement,
  events: onError,
});

export const SatisfactionSurvey = createComponent({
  react: React,
  tagName: 'cabildo-satisfaction-survey',
  elementClass: SatisfactionSurveyElement,
  events: {
    ...onError,
    onSubmit: 'cabildo-satisfaction-survey-submit' as EventName<CustomEvent<SurveyPayload>>,
    onSent: 'cabildo-satisfaction-survey-sent' as EventName<CustomEvent<SurveySentDetail>>,
    onQueued: 'cabildo-satisfaction-survey-queued' as EventName<CustomEvent<SurveyQueuedDetail>>,
  },
});

export { setLocale, getLocale } from './internal/localization.js';
