import { createLogger, type Logger, type LoggerSettings } from '../../../src/logging/logger';

export interface MemoryLog {
  logger: Logger;
  /** Every line written, parsed. */
  entries: Array<Record<string, unknown> & { level: number; msg?: string }>;
  /** Every line written, as written. */
  lines: string[];
}

/** The real pino logger writing JSON lines into memory, so a test can read exactly what production would log. */
export function memoryLogger(level: LoggerSettings['LOG_LEVEL'] = 'info'): MemoryLog {
  const lines: string[] = [];
  const entries: MemoryLog['entries'] = [];
  const logger = createLogger(
    { LOG_LEVEL: level },
    {
      write(line: string) {
        lines.push(line);
        entries.push(JSON.parse(line) as MemoryLog['entries'][number]);
      },
    },
  );
  return { logger, entries, lines };
}
