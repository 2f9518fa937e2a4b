import type { SurveyCollector } from './survey-collector.mjs';

export function surveyCollectorPlugin(options?: { mount?: string; env?: Record<string, string | undefined>; log?: (line: string) => void }): {
  name: string;
  configureServer(server: unknown): void;
  configurePreviewServer(server: unknown): void;
  api: { collector: SurveyCollector & { store(): Promise<unknown> }; staffToken: string };
};
