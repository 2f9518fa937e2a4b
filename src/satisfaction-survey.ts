import { SatisfactionSurvey } from './components/satisfaction-survey/satisfaction-survey.component.js';

SatisfactionSurvey.define('cabildo-satisfaction-survey');

export * from './components/satisfaction-survey/satisfaction-survey.component.js';

declare global {
  interface HTMLElementTagNameMap {
    'cabildo-satisfaction-survey': SatisfactionSurvey;
  }
}
