import type { IncomingMessage, ServerResponse } from 'node:http';

export type SurveyCollector = (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<void>;
export const MAX_BODY_BYTES: number;
export const COMMENT_MAX: number;
export const PAGE_MAX: number;
export const CSV_COLUMNS: string[];
export function payloadProblem(payload: unknown): string | null;
export function csvField(value: unknown): string;
export function toCsv(records: Array<Record<string, unknown>>): string;
export function openStore(file: string): {
  file: string;
  has(id: string): boolean;
  records(): Array<Record<string, unknown>>;
  add(payload: { id: string } & Record<string, unknown>, receivedAt?: string): boolean;
};
export function createSurveyCollector(options?: { file?: string; mount?: string }): SurveyCollector;
export function surveyCollectorPlugin(options?: { file?: string; mount?: string }): {
  name: string;
  configureServer(server: { middlewares: { use(path: string, handler: SurveyCollector): unknown } }): void;
  configurePreviewServer(server: { middlewares: { use(path: string, handler: SurveyCollector): unknown } }): void;
};
