import type { IncomingMessage, ServerResponse } from 'node:http';

export type SurveyCollector = (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<void>;
export const MAX_BODY_BYTES: number;
export const COMMENT_MAX: number;
export const PAGE_MAX: number;
export const CSV_COLUMNS: string[];
export const CSV_SEPARATOR: string;
export const CABILDO_ORIGINS: string[];
export const STAFF_TOKEN_MIN: number;
export const RATE_LIMIT: { burst: number; perMinute: number };
export function payloadProblem(payload: unknown): string | null;
export function csvField(value: unknown): string;
export function defuse(text: string): string;
export function toCsv(records: Array<Record<string, unknown>>): string;
export function parseOrigins(text: string): string[];
export function staffRefusal(
  req: IncomingMessage,
  token: string | undefined,
): null | { status: number; body: { error: string }; headers?: Record<string, string> };
export function rateLimiter(options?: { burst?: number; perMinute?: number }, now?: () => number): { take(client: string): number };
export function openStore(file: string): {
  file: string;
  has(id: string): boolean;
  records(): Array<Record<string, unknown>>;
  add(payload: { id: string } & Record<string, unknown>, receivedAt?: string): boolean;
};
export function createSurveyCollector(options?: {
  file?: string;
  store?: unknown;
  mount?: string;
  staffToken?: string;
  allowedOrigins?: string[];
  rateLimit?: { burst: number; perMinute: number } | false;
  trustProxy?: boolean;
  now?: () => number;
}): SurveyCollector & { store(): Promise<unknown> };
export function dataFolderGuard(dataDir: string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
