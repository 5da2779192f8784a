import pino from 'pino';
import type { EventLevel, EventSink, ToexEvent } from '../core/events.js';

const order: Record<EventLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * The CLI's event sink: one line per event on stderr, short text in a terminal and
 * structured JSON (pino) otherwise. `TOEX_LOG_LEVEL` sets the level (default `info`).
 */
export function terminalSink(level: EventLevel = envLevel()): EventSink {
  const enabled = (l: EventLevel) => order[l] >= order[level];
  if (!process.stderr.isTTY) {
    const logger = pino({ level }, pino.destination(2));
    return {
      enabled,
      emit: (e: ToexEvent) => {
        if (enabled(e.level))
          logger[e.level]({ kind: e.kind, ms: e.durationMs, ...e.detail }, e.message);
      },
    };
  }
  return {
    enabled,
    emit: (e: ToexEvent) => {
      if (!enabled(e.level)) return;
      const ms = e.durationMs === undefined ? '' : ` (${Math.round(e.durationMs)} ms)`;
      process.stderr.write(`${colour(e.level)}${e.level}\x1b[0m ${e.message}${ms}\n`);
    },
  };
}

function envLevel(): EventLevel {
  const value = process.env['TOEX_LOG_LEVEL'];
  return value === 'debug' || value === 'warn' || value === 'error' ? value : 'info';
}

function colour(level: EventLevel): string {
  return { debug: '\x1b[90m', info: '\x1b[36m', warn: '\x1b[33m', error: '\x1b[31m' }[level];
}
