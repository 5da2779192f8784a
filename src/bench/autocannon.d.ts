// The part of autocannon 8's programmatic API the API benchmark uses (the package ships no
// types). See node_modules/autocannon/README.md, "API" and "Autocannon events".
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  /** Options of one run: the target, concurrency, and the bounds that end it. */
  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    headers?: Record<string, string>;
  }

  /** The summary of a finished run. */
  interface AutocannonResult {
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }

  /** A running instance: emits `response` per response and resolves with the summary. */
  interface AutocannonInstance extends EventEmitter, PromiseLike<AutocannonResult> {
    stop(): void;
  }

  function autocannon(options: AutocannonOptions): AutocannonInstance;
  export default autocannon;
}
