import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { ToexError } from '../core/errors.js';
import { silentSink, type EventSink } from '../core/events.js';
import { toPlainValue, type PlainValue } from './plain-value.js';
import { applySchema } from './schema.js';

/** Parameters bound to a statement: positional (`?`, `$1`) or named (`$name`). */
export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;

/** A result row with plain JS values. */
export type Row = Record<string, PlainValue>;

export interface StoreOptions {
  /** Events for query timing and steps; never carries parameter values. */
  events?: EventSink;
  /** DuckDB memory limit, e.g. `4GB`. */
  memoryLimit?: string;
  threads?: number;
}

/**
 * The one seam around the database: an embedded DuckDB file (or `:memory:`). All SQL runs
 * here, with bound parameters; driver errors are wrapped once with the step that failed.
 *
 * @example
 * await using store = await Store.open(':memory:');
 * const rows = await store.query<{ n: number }>('SELECT count(*) AS n FROM occurrence WHERE force = ?', ['essex']);
 */
export class Store implements AsyncDisposable {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly events: EventSink,
  ) {}

  /** Opens (creating if absent) the store at `path` and brings its schema up to date. */
  static async open(path: string, options: StoreOptions = {}): Promise<Store> {
    const config: Record<string, string> = {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    };
    if (options.memoryLimit !== undefined) config['memory_limit'] = options.memoryLimit;
    if (options.threads !== undefined) config['threads'] = String(options.threads);
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, config);
    } catch (cause) {
      throw new ToexError(
        'SOURCE_UNREADABLE',
        `cannot open the store at ${path}; check the path, or that no other toex process holds it`,
        { cause },
      );
    }
    const store = new Store(instance, await instance.connect(), options.events ?? silentSink);
    // DuckDB 1.5's top-N window elimination fails with "Failed to cast expression" on some
    // row_number() = 1 filters over joins (seen in the MAFB step); turn that rewrite off.
    await store.run("SET disabled_optimizers = 'top_n_window_elimination'");
    await applySchema(store);
    return store;
  }

  /** Runs a statement that returns no rows. */
  async run(sql: string, params?: SqlParams): Promise<void> {
    await this.timed(sql, params, () => this.connection.run(sql, params));
  }

  /** Runs a query and returns its rows as plain objects. */
  async query<TRow extends object = Row>(sql: string, params?: SqlParams): Promise<TRow[]> {
    const reader = await this.timed(sql, params, () => this.connection.runAndReadAll(sql, params));
    return reader.getRowObjects().map((raw) => {
      const row: Row = {};
      for (const [k, v] of Object.entries(raw)) row[k] = toPlainValue(v);
      return row as TRow;
    });
  }

  /** Runs a query expected to return one row; throws NOT_FOUND when it returns none. */
  async one<TRow extends object = Row>(sql: string, params?: SqlParams): Promise<TRow> {
    const rows = await this.query<TRow>(sql, params);
    const first = rows[0];
    if (first === undefined) throw new ToexError('NOT_FOUND', 'the query returned no row');
    return first;
  }

  /**
   * Runs `work` in one transaction: either all of its changes land or none do. Nested
   * calls join the outer transaction.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    await this.connection.run('BEGIN TRANSACTION');
    this.inTransaction = true;
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    } finally {
      this.inTransaction = false;
    }
  }

  /** Direct access to the DuckDB connection, for appenders in bulk loads. */
  get raw(): DuckDBConnection {
    return this.connection;
  }

  /** Closes the connection and the database file. */
  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
    return Promise.resolve();
  }

  private inTransaction = false;

  private async timed<T>(sql: string, params: SqlParams | undefined, work: () => Promise<T>) {
    const started = performance.now();
    try {
      return await work();
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new ToexError('INTERNAL', `store query failed: ${message}\n  in: ${preview(sql)}`, {
        cause,
      });
    } finally {
      if (this.events.enabled('debug')) {
        this.events.emit({
          level: 'debug',
          kind: 'query',
          message: preview(sql),
          durationMs: performance.now() - started,
          detail: { params: params === undefined ? 0 : Object.keys(params).length },
        });
      }
    }
  }
}

function preview(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}
