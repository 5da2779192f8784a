import { Option, type Command } from 'commander';
import { isToexError, ToexError } from '../../core/errors.js';
import {
  countPersonRulePairs,
  describePerson,
  evaluateTruth,
  explainPair,
  latestModel,
  loadBlockingRules,
  loadModel,
  modelOrDefault,
  recordDecision,
  resolvePersons,
  saveModel,
  splitPerson,
  type BlockingRuleSet,
  type LinkageModel,
  type PairExplanation,
} from '../../resolve/index.js';
import { auditCommand, purposeOption, statedPurpose } from '../cli-audit.js';
import { dbOption, openStore } from '../options.js';
import { progressBar, type Progress } from '../progress.js';
import { formatRuleCounts } from './resolve-rule-table.js';

interface RunOptions {
  db: string;
  model?: string;
  train?: boolean;
  threshold?: string;
  saveModel?: string;
  rules?: string;
}

const rulesHelp =
  'blocking rules file (JSON, format in docs/resolve.md); default: every built-in rule';

/**
 * Adds `toex resolve` (train or reuse the linkage model, score, cluster, fill person_identity)
 * and its subcommands `rules` (a dry run of blocking), `explain`, `person`, `decide`, `split`
 * and `eval`. `--rules FILE` replaces the built-in blocking rules (blocking-rules-file.ts).
 */
export function registerResolveCommand(program: Command): void {
  const resolve = program
    .command('resolve')
    .description('resolve person records across forces into persons (probabilistic linkage)')
    .option(
      '--model <file>',
      'reuse a saved linkage model (JSON); default data/models/linkage-default.json when present',
    )
    .option('--train', 'train a new model from the data (EM) instead of reusing one')
    .option('--threshold <p>', 'match probability at which two records join (0-1)')
    .option('--save-model <file>', 'write the model used to this file for review and reuse')
    .option('--rules <file>', rulesHelp)
    .addOption(dbOption())
    .action(async (opts: RunOptions) => runResolve(opts));

  // `resolve` itself takes a `--db`, `--rules` or `--model` given after a subcommand
  // (commander hands it the options the program did not know), so the subcommand would
  // silently open the default store, count the built-in rules or explain under another model.
  resolve.hook('preAction', (self, action) => {
    if (action === self) return;
    for (const name of ['db', 'rules', 'model'])
      if (
        self.getOptionValueSource(name) === 'cli' &&
        action.options.some((o) => o.attributeName() === name)
      )
        action.setOptionValueWithSource(name, self.getOptionValue(name), 'cli');
  });

  resolve
    .command('rules')
    .description('count the pairs each blocking rule would make, without resolving (a dry run)')
    .option('--rules <file>', rulesHelp)
    .addOption(dbOption())
    .action(async (opts: { rules?: string; db: string }) => {
      const ruleSet = opts.rules === undefined ? undefined : loadBlockingRules(opts.rules);
      await using store = await openStore(opts.db);
      const { records, counts } = await countPersonRulePairs(store, ruleOptions(ruleSet));
      process.stdout.write(`${records} person records\n`);
      process.stdout.write(formatRuleCounts(counts, ruleSet));
    });

  resolve
    .command('explain')
    .description('show each comparison level and weight behind the score of a pair')
    .requiredOption('--pair <records...>', 'two records as force:person_ref force:person_ref')
    .option('--model <file>', 'explain under this model instead of the last one used')
    .addOption(purposeOption())
    .addOption(dbOption())
    .action(async (opts: { pair: string[]; model?: string; purpose: string; db: string }) => {
      const purpose = statedPurpose(opts.purpose);
      await using store = await openStore(opts.db);
      const [a, b] = twoRecords(opts.pair);
      const model = opts.model ? loadModel(opts.model) : await latestModel(store);
      const explanation = await explainPair(store, { recordA: a, recordB: b, model });
      const ids = { records: [a, b] };
      await auditCommand(store, {
        action: 'pair.explain',
        command: 'resolve explain',
        ids,
        purpose,
      });
      process.stdout.write(formatExplanation(explanation));
    });

  resolve
    .command('person <id>')
    .description('list the records that make a person and the pairs that joined them')
    .addOption(purposeOption())
    .addOption(dbOption())
    .action(async (id: string, opts: { purpose: string; db: string }) => {
      const purpose = statedPurpose(opts.purpose);
      await using store = await openStore(opts.db);
      const ids = { personId: id };
      const view = { action: 'person.view', command: 'resolve person', ids, purpose };
      let person: Awaited<ReturnType<typeof describePerson>>;
      try {
        person = await describePerson(store, id);
      } catch (error) {
        if (isToexError(error, 'NOT_FOUND'))
          await auditCommand(store, { ...view, outcome: 'not-found' });
        throw error;
      }
      await auditCommand(store, view); // logged before anything is shown
      printPerson(id, person);
    });

  resolve
    .command('decide <recordA> <recordB>')
    .description('confirm or reject a pair; the decision wins over the model on later runs')
    .addOption(new Option('--confirm', 'the two records are one person').conflicts('reject'))
    .addOption(new Option('--reject', 'the two records are different people'))
    .requiredOption('--by <name>', 'who decided')
    .requiredOption('--why <text>', 'the reason, kept with the decision')
    .addOption(dbOption())
    .action(
      async (
        a: string,
        b: string,
        opts: { confirm?: boolean; reject?: boolean; by: string; why: string; db: string },
      ) => {
        if (!opts.confirm && !opts.reject)
          throw new ToexError('INVALID_VALUE', 'say --confirm or --reject');
        await using store = await openStore(opts.db);
        const decision = opts.confirm ? 'confirm' : 'reject';
        await recordDecision(store, {
          recordA: a,
          recordB: b,
          decision,
          by: opts.by,
          why: opts.why,
        });
        await auditCommand(store, {
          action: 'pair.decide',
          command: 'resolve decide',
          ids: { records: [a, b], decision, by: opts.by },
          purpose: opts.why,
        });
        process.stdout.write(`recorded: ${decision} ${a} ${b}; run \`toex resolve\` to apply\n`);
      },
    );

  resolve
    .command('split <personId> <records...>')
    .description('split records (force:person_ref) out of a person; kept on every later run')
    .requiredOption('--by <name>', 'who decided')
    .requiredOption('--why <text>', 'the reason, kept with the decision')
    .addOption(dbOption())
    .action(
      async (
        personId: string,
        records: string[],
        opts: { by: string; why: string; db: string },
      ) => {
        await using store = await openStore(opts.db);
        const n = await splitPerson(store, { personId, records, by: opts.by, why: opts.why });
        await auditCommand(store, {
          action: 'person.split',
          command: 'resolve split',
          ids: { personId, records, by: opts.by },
          purpose: opts.why,
        });
        process.stdout.write(`recorded ${n} reject decisions; run \`toex resolve\` to apply\n`);
      },
    );

  resolve
    .command('eval')
    .description('score resolved persons against a truth CSV (force,person_ref,true_person_id)')
    .requiredOption('--truth <file>', 'truth CSV, e.g. person-truth.csv from the generator')
    .addOption(dbOption())
    .action(async (opts: { truth: string; db: string }) => {
      await using store = await openStore(opts.db);
      const m = await evaluateTruth(store, opts.truth);
      const f = (x: number) => x.toFixed(3);
      process.stdout.write(
        `pairwise precision ${f(m.precision)} recall ${f(m.recall)} F1 ${f(m.f1)}; B-cubed F1 ${f(m.b3F1)}\n` +
          `${m.records} records scored (${m.truePairs} true pairs, ${m.predictedPairs} predicted); ${m.unmatched} not in the truth file\n`,
      );
    });
}

function twoRecords(pair: string[]): [string, string] {
  const [a, b] = pair;
  if (pair.length !== 2 || a === undefined || b === undefined) {
    throw new ToexError(
      'INVALID_VALUE',
      '--pair takes exactly two records: force:person_ref force:person_ref',
    );
  }
  return [a, b];
}

function parseThreshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const p = Number(text);
  if (!(p > 0 && p < 1))
    throw new ToexError(
      'INVALID_VALUE',
      `--threshold ${text} is not a probability between 0 and 1`,
    );
  return p;
}

/** The rules and pair caps of a rules file, as link options (none: the built-in rules). */
function ruleOptions(ruleSet: BlockingRuleSet | undefined) {
  if (ruleSet === undefined) return {};
  const { rules, maxPairsPerRule, maxPairs } = ruleSet;
  return {
    rules,
    ...(maxPairsPerRule === undefined ? {} : { maxPairsPerRule }),
    ...(maxPairs === undefined ? {} : { maxPairs }),
  };
}

async function runResolve(opts: RunOptions): Promise<void> {
  const threshold = parseThreshold(opts.threshold);
  const ruleSet = opts.rules === undefined ? undefined : loadBlockingRules(opts.rules);
  const model: LinkageModel | undefined = opts.train ? undefined : modelOrDefault(opts.model);
  await using store = await openStore(opts.db);
  const bar = progressBar();
  let step = 0;
  bar.start(6, 'resolve');
  const started = performance.now();
  const outcome = await resolvePersons(store, {
    ...(model ? { model } : {}),
    ...(threshold === undefined ? {} : { threshold }),
    ...ruleOptions(ruleSet),
    onStep: (n) => bar.update((step = n - 1)),
    onRuleCounts: (counts) => printAside(bar, step, formatRuleCounts(counts, ruleSet)),
  });
  bar.update(6);
  bar.stop();
  if (opts.saveModel) saveModel(outcome.result.model, opts.saveModel);
  printOutcome(outcome, (performance.now() - started) / 1000);
}

/** Writes text to standard output with the progress bar (on a terminal) out of its way. */
function printAside(bar: Progress, step: number, text: string): void {
  bar.stop();
  process.stdout.write(text);
  bar.start(6, 'resolve');
  bar.update(step);
}

function printOutcome(outcome: Awaited<ReturnType<typeof resolvePersons>>, seconds: number): void {
  const r = outcome.result;
  const out = process.stdout;
  out.write(r.stepSeconds.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`).join('; ') + '\n');
  const skipped = r.ruleCounts.filter((c) => c.status === 'skipped').length;
  out.write(
    `${r.candidatePairs} distinct candidate pairs (${skipped} blocking rules skipped); ` +
      `model ${r.model.version}; threshold ${r.threshold}\n`,
  );
  out.write(
    `${r.records.length} records -> ${outcome.persons} persons in ${seconds.toFixed(1)} s\n`,
  );
  const kinds = ['merge', 'split', 'new'] as const;
  out.write(
    kinds.map((k) => `${outcome.events.filter((e) => e.kind === k).length} ${k}`).join(', ') +
      ' events\n',
  );
  if (r.weakClusters.length > 0) {
    out.write(
      `${r.weakClusters.length} persons whose records do not all match each other (check for chaining):\n`,
    );
    for (const w of r.weakClusters.slice(0, 10)) {
      out.write(`  ${w.first}: ${w.size} records, density ${w.density.toFixed(2)}\n`);
    }
  }
}

function formatExplanation(e: PairExplanation): string {
  const lines = [
    `model                        ${e.modelVersion}`,
    `prior                        ${e.prior.toFixed(2)}`,
  ];
  for (const t of e.terms)
    lines.push(
      `${t.comparison.padEnd(14)} ${t.level.padEnd(20)} ${t.weight >= 0 ? '+' : ''}${t.weight.toFixed(2)}`,
    );
  lines.push(
    `total match weight           ${e.total.toFixed(2)}`,
    `match probability            ${e.probability.toFixed(4)}`,
  );
  return `${lines.join('\n')}\n`;
}

function printPerson(id: string, { records, pairs }: Awaited<ReturnType<typeof describePerson>>) {
  const ukDate = (d: string | null) =>
    d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '-';
  const n = records.length;
  process.stdout.write(`person ${id}: ${n} record${n === 1 ? '' : 's'}\n`);
  for (const r of records) {
    process.stdout.write(
      `  ${r.force}:${r.person_ref}  ${r.surname ?? '-'}, ${r.forenames ?? '-'}  ${ukDate(r.date_of_birth)}\n`,
    );
  }
  process.stdout.write('pairs:\n');
  for (const p of pairs) {
    const how = p.decided ? `analyst ${p.decided}` : `p=${p.match_probability.toFixed(4)}`;
    process.stdout.write(
      `  ${p.record_l} ~ ${p.record_r}  ${how}${p.joined ? '' : ' (not joined)'}\n`,
    );
  }
}
