/** Levels of the typed events that library layers emit instead of writing to the console. */
export type EventLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * One event from a library layer. `detail` must never hold personal data: refer to
 * records by force, file and line, or by internal id.
 */
export interface ToexEvent {
  level: EventLevel;
  kind: 'query' | 'step' | 'warning' | 'error' | 'progress';
  message: string;
  durationMs?: number;
  detail?: Record<string, unknown>;
}

/** Where events go; the CLI and the server decide. */
export interface EventSink {
  enabled(level: EventLevel): boolean;
  emit(event: ToexEvent): void;
}

/** A sink that drops everything: the default for library calls and tests. */
export const silentSink: EventSink = {
  enabled: () => false,
  emit: () => undefined,
};
