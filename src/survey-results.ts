import { SurveyResults } from './components/survey-results/survey-results.component.js';

SurveyResults.define('cabildo-survey-results');

export * from './components/survey-results/survey-results.component.js';
export type { SurveySummary, SummaryFilters, TrendPoint, ChannelFigures, CommentItem } from './core/survey-results.js';

declare global {
  interface HTMLElementTagNameMap {
    'cabildo-survey-results': SurveyResults;
  }
}
